using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alongside.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FundingDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AmountApproved",
                table: "Referrals",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Commissioner",
                table: "Referrals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FundingAppliedOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FundingDecidedOn",
                table: "Referrals",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountApproved",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Commissioner",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FundingAppliedOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "FundingDecidedOn",
                table: "Referrals");
        }
    }
}
