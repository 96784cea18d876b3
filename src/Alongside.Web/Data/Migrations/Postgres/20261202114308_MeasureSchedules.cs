using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "SupportPlans",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "SupportPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByUserId",
                table: "SupportPlans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GoalsEverySessions",
                table: "SupportPlans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WellbeingEverySessions",
                table: "SupportPlans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "MeasuresDue",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InstrumentLicences",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentLicences", x => new { x.OrganisationId, x.InstrumentId });
                    table.ForeignKey(
                        name: "FK_InstrumentLicences_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstrumentLicences_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureDefaults",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalsEverySessions = table.Column<int>(type: "integer", nullable: false),
                    WellbeingEverySessions = table.Column<int>(type: "integer", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureDefaults", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_MeasureDefaults_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureDefaults_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidWeDid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    YouSaid = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WeDid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PublishedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidWeDid", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouSaidWeDid_AspNetUsers_PublishedByUserId",
                        column: x => x.PublishedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouSaidWeDid_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentLicences_RecordedByUserId",
                table: "InstrumentLicences",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureDefaults_UpdatedByUserId",
                table: "MeasureDefaults",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidWeDid_OrganisationId_PublishedAt",
                table: "YouSaidWeDid",
                columns: new[] { "OrganisationId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidWeDid_PublishedByUserId",
                table: "YouSaidWeDid",
                column: "PublishedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentLicences");

            migrationBuilder.DropTable(
                name: "MeasureDefaults");

            migrationBuilder.DropTable(
                name: "YouSaidWeDid");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "SupportPlans");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "SupportPlans");

            migrationBuilder.DropColumn(
                name: "EndedByUserId",
                table: "SupportPlans");

            migrationBuilder.DropColumn(
                name: "GoalsEverySessions",
                table: "SupportPlans");

            migrationBuilder.DropColumn(
                name: "WellbeingEverySessions",
                table: "SupportPlans");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "MeasuresDue");
        }
    }
}
