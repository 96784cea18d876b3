using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerSupportAndLocalHelp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LocalHelpEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Nationwide = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalHelpEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerSupporterProfiles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Experience = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    OffersInPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffersOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSupporterProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_PeerSupporterProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerSupportRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    WantsInPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    WantsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupporterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSupportRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerSupportRequests_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LocalHelpAreas",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalHelpAreas", x => new { x.EntryId, x.Code });
                    table.ForeignKey(
                        name: "FK_LocalHelpAreas_LocalHelpEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LocalHelpEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupporterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SupporterNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerContacts_PeerSupportRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PeerSupportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafeguardingConcerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingConcerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafeguardingConcerns_PeerSupportRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PeerSupportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerContactSignposts",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocalHelpId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerContactSignposts", x => new { x.ContactId, x.LocalHelpId });
                    table.ForeignKey(
                        name: "FK_PeerContactSignposts_LocalHelpEntries_LocalHelpId",
                        column: x => x.LocalHelpId,
                        principalTable: "LocalHelpEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerContactSignposts_PeerContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "PeerContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalHelpAreas_Code",
                table: "LocalHelpAreas",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_LocalHelpEntries_Nationwide",
                table: "LocalHelpEntries",
                column: "Nationwide");

            migrationBuilder.CreateIndex(
                name: "IX_PeerContacts_RequestId_Date",
                table: "PeerContacts",
                columns: new[] { "RequestId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerContactSignposts_LocalHelpId",
                table: "PeerContactSignposts",
                column: "LocalHelpId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterProfiles_OrganisationId",
                table: "PeerSupporterProfiles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupportRequests_FamilyId_RequestedAt",
                table: "PeerSupportRequests",
                columns: new[] { "FamilyId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupportRequests_OrganisationId_Status_RequestedAt",
                table: "PeerSupportRequests",
                columns: new[] { "OrganisationId", "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupportRequests_SupporterUserId_Status",
                table: "PeerSupportRequests",
                columns: new[] { "SupporterUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_OrganisationId_AcknowledgedAt",
                table: "SafeguardingConcerns",
                columns: new[] { "OrganisationId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingConcerns_RequestId",
                table: "SafeguardingConcerns",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalHelpAreas");

            migrationBuilder.DropTable(
                name: "PeerContactSignposts");

            migrationBuilder.DropTable(
                name: "PeerSupporterProfiles");

            migrationBuilder.DropTable(
                name: "SafeguardingConcerns");

            migrationBuilder.DropTable(
                name: "LocalHelpEntries");

            migrationBuilder.DropTable(
                name: "PeerContacts");

            migrationBuilder.DropTable(
                name: "PeerSupportRequests");
        }
    }
}
