using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WaitingTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WaitingListBuilds",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingListBuilds", x => x.OrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "WaitingListMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingListMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaitingTallies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ListServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingListMarks_OrganisationId",
                table: "WaitingListMarks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WaitingTallies_OrganisationId_Kind_Priority_Start",
                table: "WaitingTallies",
                columns: new[] { "OrganisationId", "Kind", "Priority", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WaitingListBuilds");

            migrationBuilder.DropTable(
                name: "WaitingListMarks");

            migrationBuilder.DropTable(
                name: "WaitingTallies");
        }
    }
}
