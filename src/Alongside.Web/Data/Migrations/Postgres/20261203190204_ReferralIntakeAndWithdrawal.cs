using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralIntakeAndWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccessNeeds",
                table: "Referrals",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InterpreterNeeded",
                table: "Referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Referrals",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostcodeDistrict",
                table: "Referrals",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "Referrals",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "Referrals",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SafeToCall",
                table: "Referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SafeToLeaveMessage",
                table: "Referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SafeToText",
                table: "Referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Reference",
                table: "Referrals",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_Reference",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "AccessNeeds",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "InterpreterNeeded",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "PostcodeDistrict",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "SafeToCall",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "SafeToLeaveMessage",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "SafeToText",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "Referrals");
        }
    }
}
