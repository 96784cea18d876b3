using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommissionersAndServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Sessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CommissionerOrganisationId",
                table: "Referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalAuthorityCode",
                table: "Referrals",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NeedsAssessedOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceId",
                table: "Referrals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "About",
                table: "Organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Organisations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Organisations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Organisations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PlatformAdmin",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FundingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AsgsfTherapyLimit = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    AsgsfAssessmentLimit = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    MatchSharePercent = table.Column<int>(type: "integer", nullable: false),
                    MatchCeiling = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    ApplicationWindowMonths = table.Column<int>(type: "integer", nullable: false),
                    WarnDaysBefore = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingSettings", x => x.Id);
                    table.CheckConstraint("CK_FundingSettings_One", "\"Id\" = 1");
                    table.CheckConstraint("CK_FundingSettings_Share", "\"MatchSharePercent\" >= 0 AND \"MatchSharePercent\" <= 100");
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    About = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OwnWaitingList = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Commissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commissions", x => x.Id);
                    table.CheckConstraint("CK_Commission_Dates", "\"EndsOn\" IS NULL OR \"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_Commissions_Organisations_CommissionerOrganisationId",
                        column: x => x.CommissionerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commissions_Organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commissions_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OrganisationId_StartsAt",
                table: "Sessions",
                columns: new[] { "OrganisationId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId",
                table: "Referrals",
                columns: new[] { "CommissionerOrganisationId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId",
                table: "Referrals",
                columns: new[] { "LocalAuthorityCode", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ServiceId",
                table: "Referrals",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_CommissionerOrganisationId_ProviderOrganisation~",
                table: "Commissions",
                columns: new[] { "CommissionerOrganisationId", "ProviderOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_ProviderOrganisationId",
                table: "Commissions",
                column: "ProviderOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Commissions_ServiceId",
                table: "Commissions",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_OrganisationId_Name",
                table: "Services",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_Organisations_CommissionerOrganisationId",
                table: "Referrals",
                column: "CommissionerOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_Services_ServiceId",
                table: "Referrals",
                column: "ServiceId",
                principalTable: "Services",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Sessions_Organisations_OrganisationId",
                table: "Sessions",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id");
            // Sessions booked before this change take the organisation of their plan, or else
            // of the clinician's first clinician membership.
            migrationBuilder.Sql("""
                UPDATE "Sessions" SET "OrganisationId" = COALESCE(
                    (SELECT p."OrganisationId" FROM "PlanItems" i JOIN "SupportPlans" p ON p."Id" = i."PlanId" WHERE i."Id" = "Sessions"."PlanItemId"),
                    (SELECT m."OrganisationId" FROM "Memberships" m WHERE m."UserId" = "Sessions"."ClinicianUserId" AND m."Role" = 'Clinician' ORDER BY m."CreatedAt" LIMIT 1))
                WHERE "OrganisationId" IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_Organisations_CommissionerOrganisationId",
                table: "Referrals");

            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_Services_ServiceId",
                table: "Referrals");

            migrationBuilder.DropForeignKey(
                name: "FK_Sessions_Organisations_OrganisationId",
                table: "Sessions");

            migrationBuilder.DropTable(
                name: "Commissions");

            migrationBuilder.DropTable(
                name: "FundingSettings");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_OrganisationId_StartsAt",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ServiceId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "CommissionerOrganisationId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "LocalAuthorityCode",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "NeedsAssessedOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ServiceId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "About",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PlatformAdmin",
                table: "AspNetUsers");
        }
    }
}
