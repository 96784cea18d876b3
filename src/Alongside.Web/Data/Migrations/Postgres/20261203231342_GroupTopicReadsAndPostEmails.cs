using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GroupTopicReadsAndPostEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DigestSentAt",
                table: "PeerGroupMembers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostEmails",
                table: "PeerGroupMembers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                // Existing members have chosen nothing: no emails about new posts.
                defaultValue: "Off");

            migrationBuilder.CreateTable(
                name: "GroupTopicReads",
                columns: table => new
                {
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTopicReads", x => new { x.TopicId, x.UserId });
                    table.ForeignKey(
                        name: "FK_GroupTopicReads_GroupTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "GroupTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupTopicReads_PeerGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PeerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeerGroupMembers_PostEmails_DigestSentAt",
                table: "PeerGroupMembers",
                columns: new[] { "PostEmails", "DigestSentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTopicReads_GroupId",
                table: "GroupTopicReads",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupTopicReads_UserId_GroupId",
                table: "GroupTopicReads",
                columns: new[] { "UserId", "GroupId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupTopicReads");

            migrationBuilder.DropIndex(
                name: "IX_PeerGroupMembers_PostEmails_DigestSentAt",
                table: "PeerGroupMembers");

            migrationBuilder.DropColumn(
                name: "DigestSentAt",
                table: "PeerGroupMembers");

            migrationBuilder.DropColumn(
                name: "PostEmails",
                table: "PeerGroupMembers");
        }
    }
}
