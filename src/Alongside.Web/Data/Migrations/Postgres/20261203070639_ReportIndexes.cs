using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_OrganisationId_StartsAt",
                table: "Sessions");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OrganisationId_StartsAt_Status_LateCancellation_Ki~",
                table: "Sessions",
                columns: new[] { "OrganisationId", "StartsAt", "Status", "LateCancellation", "Kind", "Mode", "FamilyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PlanItemId_Status_LateCancellation_StartsAt",
                table: "Sessions",
                columns: new[] { "PlanItemId", "Status", "LateCancellation", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Status_StartsAt",
                table: "Sessions",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_FundingRoute_FamilyId",
                table: "Referrals",
                columns: new[] { "OrganisationId", "FundingRoute", "FamilyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_LocalAuthorityCode",
                table: "Referrals",
                columns: new[] { "OrganisationId", "LocalAuthorityCode" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt",
                table: "MeasureResponses",
                columns: new[] { "InstrumentId", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_OrganisationId_StartsAt_Status_LateCancellation_Ki~",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_PlanItemId_Status_LateCancellation_StartsAt",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Status_StartsAt",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_FundingRoute_FamilyId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_LocalAuthorityCode",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt",
                table: "MeasureResponses");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OrganisationId_StartsAt",
                table: "Sessions",
                columns: new[] { "OrganisationId", "StartsAt" });
        }
    }
}
