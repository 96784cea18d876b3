using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RiskAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeldAlertRaisedAt",
                table: "GroupPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Where = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NextEscalationAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActionTaken = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAlertOrganisations",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    What = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
