using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TriageAndWaitingListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ChildId",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ChildId_OrganisationId",
                table: "Referrals",
                columns: new[] { "ChildId", "OrganisationId" });

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "Priority", "WaitingSince", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_DateOfBirth",
                table: "Children",
                column: "DateOfBirth");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ChildId_OrganisationId",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ChildId",
                table: "Referrals",
                column: "ChildId");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Children_DateOfBirth",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "Priority", "WaitingSince" });
        }
    }
}
