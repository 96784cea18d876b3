using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GroupTopics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAt",
                table: "GroupPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TopicId",
                table: "GroupPosts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "GroupPostReports",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.CreateTable(
                name: "GroupPostSupports",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupPostSupports", x => new { x.PostId, x.UserId });
                    table.ForeignKey(
                        name: "FK_GroupPostSupports_GroupPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "GroupPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupTopics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    StartedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PinnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupTopics_PeerGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "PeerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every group's earlier posts go into one topic, "General conversation", whose id is the
            // group's own (GroupTopic.General): nothing written before topics is lost.
            migrationBuilder.Sql("""
                INSERT INTO "GroupTopics" ("Id", "GroupId", "Title", "StartedByUserId", "StartedAt", "LastActivityAt", "PinnedAt")
                SELECT "GroupId", "GroupId", 'General conversation', NULL, MIN("PostedAt"), MAX("PostedAt"), NULL
                FROM "GroupPosts" GROUP BY "GroupId";
                """);
            migrationBuilder.Sql("""UPDATE "GroupPosts" SET "TopicId" = "GroupId";""");

            migrationBuilder.CreateIndex(
                name: "IX_GroupPosts_TopicId_Status_PostedAt",
                table: "GroupPosts",
                columns: new[] { "TopicId", "Status", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTopics_GroupId_PinnedAt_LastActivityAt",
                table: "GroupTopics",
                columns: new[] { "GroupId", "PinnedAt", "LastActivityAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_GroupPosts_GroupTopics_TopicId",
                table: "GroupPosts",
                column: "TopicId",
                principalTable: "GroupTopics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GroupPosts_GroupTopics_TopicId",
                table: "GroupPosts");

            migrationBuilder.DropTable(
                name: "GroupPostSupports");

            migrationBuilder.DropTable(
                name: "GroupTopics");

            migrationBuilder.DropIndex(
                name: "IX_GroupPosts_TopicId_Status_PostedAt",
                table: "GroupPosts");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "GroupPosts");

            migrationBuilder.DropColumn(
                name: "TopicId",
                table: "GroupPosts");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "GroupPostReports");
        }
    }
}
