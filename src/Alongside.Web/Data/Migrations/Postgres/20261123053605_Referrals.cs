using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastName",
                table: "Children",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                table: "Children",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Needs",
                table: "Children",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "School",
                table: "Children",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReferralDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AnswersJson = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubmittedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WhatIsHappening = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatHasBeenTried = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Hopes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MeetingPreference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FundingRoute = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeftWaitingListAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    PriorityReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DuplicateDismissed = table.Column<bool>(type: "boolean", nullable: false),
                    SourceDraftId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Children_FirstName_DateOfBirth",
                table: "Children",
                columns: new[] { "FirstName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralDrafts_TokenHash",
                table: "ReferralDrafts",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralDrafts_UserId",
                table: "ReferralDrafts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ChildId",
                table: "Referrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_FamilyId",
                table: "Referrals",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_CarerEmail",
                table: "Referrals",
                columns: new[] { "OrganisationId", "CarerEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_SubmittedAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SourceDraftId",
                table: "Referrals",
                column: "SourceDraftId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralDrafts");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Children_FirstName_DateOfBirth",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "LastName",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "Needs",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "School",
                table: "Children");
        }
    }
}
