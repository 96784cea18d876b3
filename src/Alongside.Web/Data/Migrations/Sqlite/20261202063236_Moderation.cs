using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SilencedUntil",
                table: "PeerGroupMembers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SuspendedUntil",
                table: "PeerGroupMembers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GroupMutes",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MutedUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMutes", x => new { x.GroupId, x.UserId, x.MutedUserId });
                    table.ForeignKey(
                        name: "FK_GroupMutes_PeerGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PeerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionGuests_InvitedByUserId_InvitedAt",
                table: "SessionGuests",
                columns: new[] { "InvitedByUserId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CarerInvitations_InvitedByUserId_CreatedAt",
                table: "CarerInvitations",
                columns: new[] { "InvitedByUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMutes_GroupId_MutedUserId",
                table: "GroupMutes",
                columns: new[] { "GroupId", "MutedUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupMutes");

            migrationBuilder.DropIndex(
                name: "IX_SessionGuests_InvitedByUserId_InvitedAt",
                table: "SessionGuests");

            migrationBuilder.DropIndex(
                name: "IX_CarerInvitations_InvitedByUserId_CreatedAt",
                table: "CarerInvitations");

            migrationBuilder.DropColumn(
                name: "SilencedUntil",
                table: "PeerGroupMembers");

            migrationBuilder.DropColumn(
                name: "SuspendedUntil",
                table: "PeerGroupMembers");
        }
    }
}
