using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoursesTrainingSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CohortId",
                table: "PlanItems",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcceptedAt",
                table: "PeerSupportRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DeclinedSupporterUserId",
                table: "PeerSupportRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "PeerSupportRequests",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "PeerSupportRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByUserId",
                table: "PeerSupportRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WhoFor = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Weeks = table.Column<int>(type: "integer", nullable: false),
                    CompletionMinimum = table.Column<int>(type: "integer", nullable: false),
                    CostPerPlace = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Funding = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PrerequisiteCourseId = table.Column<Guid>(type: "uuid", nullable: true),
                    SelfEnrol = table.Column<bool>(type: "boolean", nullable: false),
                    OfferHours = table.Column<int>(type: "integer", nullable: false),
                    RenewalMonths = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Courses_Courses_PrerequisiteCourseId",
                        column: x => x.PrerequisiteCourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Courses_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupporterUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topics = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Actions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Wellbeing = table.Column<int>(type: "integer", nullable: false),
                    WellbeingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Route = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ServiceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ServiceRole = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    HowMany = table.Column<int>(type: "integer", nullable: true),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingInterests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    VenueName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VenueAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AccessInformation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OnlineLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    PlacesHeld = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.CheckConstraint("CK_Cohorts_PlacesHeld", "\"PlacesHeld\" >= 0 AND \"PlacesHeld\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_Cohorts_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseWeeks",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Covers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseWeeks", x => new { x.CourseId, x.Number });
                    table.ForeignKey(
                        name: "FK_CourseWeeks_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingInterestNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MovedTo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingInterestNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingInterestNotes_TrainingInterests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "TrainingInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortFacilitators",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortFacilitators", x => new { x.CohortId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CohortFacilitators_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortFacilitators_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoursePlaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlanItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OfferExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AddedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoursePlaces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoursePlaces_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoursePlaces_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseAttendance",
                columns: table => new
                {
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseAttendance", x => new { x.PlaceId, x.Week });
                    table.ForeignKey(
                        name: "FK_CourseAttendance_CoursePlaces_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "CoursePlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseReminders",
                columns: table => new
                {
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseReminders", x => new { x.PlaceId, x.Week });
                    table.ForeignKey(
                        name: "FK_CourseReminders_CoursePlaces_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "CoursePlaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CohortFacilitators_UserId",
                table: "CohortFacilitators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CourseId_StartsOn",
                table: "Cohorts",
                columns: new[] { "CourseId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_OrganisationId_StartsOn",
                table: "Cohorts",
                columns: new[] { "OrganisationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_CohortId_Status_JoinedAt",
                table: "CoursePlaces",
                columns: new[] { "CohortId", "Status", "JoinedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_CohortId_UserId",
                table: "CoursePlaces",
                columns: new[] { "CohortId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_FamilyId",
                table: "CoursePlaces",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_PlanItemId",
                table: "CoursePlaces",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_Status_OfferExpiresAt",
                table: "CoursePlaces",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoursePlaces_UserId_Status",
                table: "CoursePlaces",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_OrganisationId_Title",
                table: "Courses",
                columns: new[] { "OrganisationId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_PrerequisiteCourseId",
                table: "Courses",
                column: "PrerequisiteCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionEntries_OrganisationId",
                table: "SupervisionEntries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionEntries_SupervisorUserId_SupporterUserId_HeldOn",
                table: "SupervisionEntries",
                columns: new[] { "SupervisorUserId", "SupporterUserId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionEntries_SupporterUserId_HeldOn",
                table: "SupervisionEntries",
                columns: new[] { "SupporterUserId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingInterestNotes_InterestId_CreatedAt",
                table: "TrainingInterestNotes",
                columns: new[] { "InterestId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingInterests_OrganisationId_Status_CreatedAt",
                table: "TrainingInterests",
                columns: new[] { "OrganisationId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingInterests_UserId",
                table: "TrainingInterests",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortFacilitators");

            migrationBuilder.DropTable(
                name: "CourseAttendance");

            migrationBuilder.DropTable(
                name: "CourseReminders");

            migrationBuilder.DropTable(
                name: "CourseWeeks");

            migrationBuilder.DropTable(
                name: "SupervisionEntries");

            migrationBuilder.DropTable(
                name: "TrainingInterestNotes");

            migrationBuilder.DropTable(
                name: "CoursePlaces");

            migrationBuilder.DropTable(
                name: "TrainingInterests");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropColumn(
                name: "CohortId",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "PeerSupportRequests");

            migrationBuilder.DropColumn(
                name: "DeclinedSupporterUserId",
                table: "PeerSupportRequests");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "PeerSupportRequests");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "PeerSupportRequests");

            migrationBuilder.DropColumn(
                name: "EndedByUserId",
                table: "PeerSupportRequests");
        }
    }
}
