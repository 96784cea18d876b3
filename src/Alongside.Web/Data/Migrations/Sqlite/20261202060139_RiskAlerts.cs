using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiskAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HeldAlertRaisedAt",
                table: "GroupPosts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Where = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NextEscalationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAlertOrganisations",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlertOrganisations", x => new { x.AlertId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_RiskAlertOrganisations_RiskAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "RiskAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskAlertSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlertSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAlertSteps_RiskAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "RiskAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GroupPosts_Status_PostedAt",
                table: "GroupPosts",
                columns: new[] { "Status", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlertOrganisations_OrganisationId",
                table: "RiskAlertOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_AcknowledgedAt_NextEscalationAt",
                table: "RiskAlerts",
                columns: new[] { "AcknowledgedAt", "NextEscalationAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_AcknowledgedAt_RaisedAt",
                table: "RiskAlerts",
                columns: new[] { "AcknowledgedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlertSteps_AlertId_At",
                table: "RiskAlertSteps",
                columns: new[] { "AlertId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskAlertOrganisations");

            migrationBuilder.DropTable(
                name: "RiskAlertSteps");

            migrationBuilder.DropTable(
                name: "RiskAlerts");

            migrationBuilder.DropIndex(
                name: "IX_GroupPosts_Status_PostedAt",
                table: "GroupPosts");

            migrationBuilder.DropColumn(
                name: "HeldAlertRaisedAt",
                table: "GroupPosts");
        }
    }
}
