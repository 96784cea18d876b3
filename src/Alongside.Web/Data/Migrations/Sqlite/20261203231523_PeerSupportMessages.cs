using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerSupportMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PeerSupportRequestId",
                table: "MessageThreads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageThreads_PeerSupportRequestId",
                table: "MessageThreads",
                column: "PeerSupportRequestId");

            migrationBuilder.AddForeignKey(
                name: "FK_MessageThreads_PeerSupportRequests_PeerSupportRequestId",
                table: "MessageThreads",
                column: "PeerSupportRequestId",
                principalTable: "PeerSupportRequests",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MessageThreads_PeerSupportRequests_PeerSupportRequestId",
                table: "MessageThreads");

            migrationBuilder.DropIndex(
                name: "IX_MessageThreads_PeerSupportRequestId",
                table: "MessageThreads");

            migrationBuilder.DropColumn(
                name: "PeerSupportRequestId",
                table: "MessageThreads");
        }
    }
}
