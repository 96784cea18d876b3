using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportPlans_OrganisationId",
                table: "SupportPlans");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_MeasureResponses_FamilyId_InstrumentId_AnsweredAt",
                table: "MeasureResponses");

            migrationBuilder.DropIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt",
                table: "MeasureResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SupportPlans_OrganisationId_Id",
                table: "SupportPlans",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId_Families",
                table: "Referrals",
                columns: new[] { "CommissionerOrganisationId", "OrganisationId", "FamilyId", "ServiceId", "FundingRoute", "LocalAuthorityCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId_Families",
                table: "Referrals",
                columns: new[] { "LocalAuthorityCode", "OrganisationId", "FamilyId", "ServiceId", "FundingRoute" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureResponses_FamilyId_InstrumentId_AnsweredAt_PlanId_Total",
                table: "MeasureResponses",
                columns: new[] { "FamilyId", "InstrumentId", "AnsweredAt", "PlanId", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt_PlanId_FamilyId",
                table: "MeasureResponses",
                columns: new[] { "InstrumentId", "AnsweredAt", "PlanId", "FamilyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportPlans_OrganisationId_Id",
                table: "SupportPlans");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId_Families",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId_Families",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_MeasureResponses_FamilyId_InstrumentId_AnsweredAt_PlanId_Total",
                table: "MeasureResponses");

            migrationBuilder.DropIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt_PlanId_FamilyId",
                table: "MeasureResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SupportPlans_OrganisationId",
                table: "SupportPlans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CommissionerOrganisationId_OrganisationId",
                table: "Referrals",
                columns: new[] { "CommissionerOrganisationId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LocalAuthorityCode_OrganisationId",
                table: "Referrals",
                columns: new[] { "LocalAuthorityCode", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureResponses_FamilyId_InstrumentId_AnsweredAt",
                table: "MeasureResponses",
                columns: new[] { "FamilyId", "InstrumentId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasureResponses_InstrumentId_AnsweredAt",
                table: "MeasureResponses",
                columns: new[] { "InstrumentId", "AnsweredAt" });
        }
    }
}
