using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WaitingListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt",
                table: "Referrals",
                columns: new[] { "OrganisationId", "LeftWaitingListAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince",
                table: "Referrals",
                columns: new[] { "OrganisationId", "Status", "Priority", "WaitingSince" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_LeftWaitingListAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OrganisationId_Status_Priority_WaitingSince",
                table: "Referrals");
        }
    }
}
