using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TriageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Children_DateOfBirth",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_FirstName_DateOfBirth",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt_ServiceId",
                table: "Referrals",
                columns: new[] { "OrganisationId", "LeftWaitingListAt", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "Priority", "WaitingSince", "ServiceId" },
                descending: new[] { false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Children_DateOfBirth_FirstName",
                table: "Children",
                columns: new[] { "DateOfBirth", "FirstName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt_ServiceId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Children_DateOfBirth_FirstName",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "LeftWaitingListAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince_Servi~",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "Priority", "WaitingSince", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_DateOfBirth",
                table: "Children",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_Children_FirstName_DateOfBirth",
                table: "Children",
                columns: new[] { "FirstName", "DateOfBirth" });
        }
    }
}
