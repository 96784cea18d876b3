using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProfessionalReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AmountRequested",
                table: "Referrals",
                type: "TEXT",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsentDate",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentGivenBy",
                table: "Referrals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentMethod",
                table: "Referrals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingReference",
                table: "Referrals",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CarerInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarerInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarerInvitations_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralDocuments_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SubmittedByUserId_SubmittedAt",
                table: "Referrals",
                columns: new[] { "SubmittedByUserId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CarerInvitations_FamilyId",
                table: "CarerInvitations",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_CarerInvitations_TokenHash",
                table: "CarerInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralDocuments_ReferralId",
                table: "ReferralDocuments",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarerInvitations");

            migrationBuilder.DropTable(
                name: "ReferralDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_SubmittedByUserId_SubmittedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "AmountRequested",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ConsentDate",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ConsentGivenBy",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ConsentMethod",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FundingReference",
                table: "Referrals");
        }
    }
}
