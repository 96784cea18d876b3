using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt_Counted",
                table: "Referrals",
                columns: new[] { "OrganisationId", "DecidedAt", "SubmittedAt", "FundingRoute", "ServiceId", "LocalAuthorityCode", "CommissionerOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt_Counted",
                table: "Referrals",
                columns: new[] { "OrganisationId", "SubmittedAt", "Source", "FundingRoute", "Status", "ServiceId", "LocalAuthorityCode", "CommissionerOrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt_Counted",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt_Counted",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_DecidedAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_SubmittedAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "SubmittedAt" });
        }
    }
}
