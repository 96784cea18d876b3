using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EarlierTimeList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EarlierTimeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicianUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Beat = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlierTimeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlierTimeRequests_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EarlierTimeHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicianUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlierTimeHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlierTimeHolds_EarlierTimeRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "EarlierTimeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EarlierTimeHolds_ClinicianUserId_StartsAt",
                table: "EarlierTimeHolds",
                columns: new[] { "ClinicianUserId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlierTimeHolds_ExpiresAt",
                table: "EarlierTimeHolds",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_EarlierTimeHolds_RequestId",
                table: "EarlierTimeHolds",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_EarlierTimeRequests_ClinicianUserId_Status_CreatedAt",
                table: "EarlierTimeRequests",
                columns: new[] { "ClinicianUserId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlierTimeRequests_FamilyId_ClinicianUserId",
                table: "EarlierTimeRequests",
                columns: new[] { "FamilyId", "ClinicianUserId" },
                unique: true,
                filter: "\"Status\" IN ('Waiting', 'Offered')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarlierTimeHolds");

            migrationBuilder.DropTable(
                name: "EarlierTimeRequests");
        }
    }
}
