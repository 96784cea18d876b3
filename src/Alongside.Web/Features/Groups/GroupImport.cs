using System.Globalization;
using CsvHelper;

namespace Alongside.Web.Features.Groups;

public sealed record ImportProblem(int Row, string Message);

public sealed record ImportResult(int Imported, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Many groups from a CSV file, one per row. Columns (header names, any order): name,
/// description, audiences, format, recurrence, first_meeting, start_time, end_time,
/// venue_name, venue_address, postcode, access, languages, online_link, facilitator_emails.
/// Lists are separated by ";". Files are read as <see cref="SpreadsheetCsv"/> and dates and times
/// as <see cref="SpreadsheetCells"/> (day first). Each bad row is reported with its number and skipped; the
/// good rows are saved. A venue's postcode is kept only as its district.
/// </summary>
public static class GroupImport
{
    public const int MaxRows = 20_000;
    public static readonly string[] Columns = ["name", "description", "audiences", "format", "recurrence", "first_meeting", "start_time", "end_time", "venue_name", "venue_address", "postcode", "access", "languages", "online_link", "facilitator_emails"];

    private static readonly string[] Required = ["name", "description", "audiences", "format", "recurrence", "first_meeting", "start_time", "end_time", "facilitator_emails"];

    public sealed record Row(int Number, PeerGroup Group, IReadOnlyList<string> FacilitatorEmails);

    public static (List<Row> Rows, List<ImportProblem> Problems) Parse(TextReader text, PostcodeDistricts districts, DateTimeOffset now)
    {
        var rows = new List<Row>();
        var problems = new List<ImportProblem>();
        using var csv = new CsvReader(text, SpreadsheetCsv.Configuration());
        if (!csv.Read() || !csv.ReadHeader())
        {
            problems.Add(new ImportProblem(1, "The file is empty. The first row must name the columns."));
            return (rows, problems);
        }
        var missing = Required.Where(c => !csv.HeaderRecord!.Any(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(1, $"The first row must name these columns: {string.Join(", ", missing)}"));
            return (rows, problems);
        }
        while (csv.Read())
        {
            var number = csv.Parser.Row;
            if (rows.Count + problems.Count >= MaxRows)
            {
                problems.Add(new ImportProblem(number, $"Only {MaxRows:N0} rows can be imported at a time; this row and the rest were not read."));
                break;
            }
            string Field(string name) => (csv.GetField(name) ?? "").Trim();
            var errors = new List<string>();
            var row = ParseRow(Field, districts, now, errors);
            // As on the new-group form: a group is listed for families only with someone to run it.
            if (row.Emails.Count == 0) errors.Add("facilitator_emails: a group needs at least one facilitator, a peer supporter of this organisation");
            if (errors.Count > 0) problems.Add(new ImportProblem(number, string.Join("; ", errors)));
            else rows.Add(new Row(number, row.Group, row.Emails));
        }
        return (rows, problems);
    }

    /// <summary>One group from named fields (a CSV row or a form), with every problem added to <paramref name="errors"/>.</summary>
    public static (PeerGroup Group, List<string> Emails) ParseRow(Func<string, string> field, PostcodeDistricts districts, DateTimeOffset now, List<string> errors)
    {
        var name = field("name");
        if (name.Length is 0 or > 120) errors.Add("name must be 1 to 120 characters");
        var description = field("description");
        if (description.Length is 0 or > 2000) errors.Add("description must be 1 to 2,000 characters");
        var audiences = Flags<GroupAudience>(field("audiences"), Audiences.All, "audiences", errors);
        if (audiences == GroupAudience.None) errors.Add("audiences must name at least one, like AdoptiveParents;SpecialGuardians");
        var access = Flags<GroupAccess>(field("access"), GroupChoices.Accesses, "access", errors);
        if (!Enum.TryParse<GroupFormat>(field("format"), ignoreCase: true, out var format) || !Enum.IsDefined(format))
        {
            errors.Add("format must be InPerson, Online or Hybrid");
            format = GroupFormat.InPerson;
        }
        var recurrence = field("recurrence").ToUpperInvariant();
        if (GroupSchedule.Parse(recurrence) is null) errors.Add("recurrence must be a weekly or monthly iCalendar rule, like FREQ=MONTHLY;BYDAY=2TU");
        var first = SpreadsheetCells.Date(field("first_meeting"), out var firstTime, out var problem);
        if (problem is not null) errors.Add($"first_meeting: {problem}");
        var start = SpreadsheetCells.Time(field("start_time"), out problem);
        if (problem is not null) errors.Add($"start_time: {problem}");
        var end = SpreadsheetCells.Time(field("end_time"), out problem);
        if (problem is not null) errors.Add($"end_time: {problem}");
        if (end <= start) errors.Add("end_time must be after start_time");
        // A spreadsheet date-time cell carries the first meeting's time: it may not say another one.
        if (firstTime is { } at && at != TimeOnly.MinValue && start is { } s && at != s) errors.Add($"first_meeting: its time {Hm(at)} is not the start_time {Hm(s)}; leave the time out or make them the same");

        string? district = null;
        GeoPoint? point = null;
        if (format != GroupFormat.Online)
        {
            var found = districts.Lookup(field("postcode"));
            if (PostcodeDistricts.DistrictOf(field("postcode")) is null || found.District is null) errors.Add("postcode must be a GB postcode or district for a group that meets in person");
            else (district, point) = (found.District.Outcode, found.District.Point);
        }
        var link = field("online_link");
        if (link.Length > 0 && !WebAddress.IsValid(link)) errors.Add("online_link must be a web address starting https://");
        if (format != GroupFormat.InPerson && link.Length == 0) errors.Add("online_link is needed for a group that meets online");
        var languages = field("languages");
        if (languages.Length > 200) errors.Add("languages must be 200 characters or fewer");
        var venueName = field("venue_name");
        var venueAddress = field("venue_address");
        if (venueName.Length > 200 || venueAddress.Length > 300) errors.Add("venue_name must be 200 characters or fewer and venue_address 300");
        var emails = field("facilitator_emails").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        var group = new PeerGroup
        {
            Name = name,
            Description = description,
            Audiences = audiences,
            Access = access,
            Format = format,
            Recurrence = recurrence,
            FirstMeeting = first ?? default,
            StartTime = start ?? default,
            EndTime = end ?? default,
            VenueName = venueName.Length == 0 ? null : venueName,
            VenueAddress = venueAddress.Length == 0 ? null : venueAddress,
            District = district,
            Latitude = point?.Latitude,
            Longitude = point?.Longitude,
            Languages = languages.Length == 0 ? null : languages,
            OnlineLink = link.Length == 0 ? null : link,
            CreatedAt = now,
        };
        return (group, emails);
    }

    private static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static T Flags<T>(string text, IEnumerable<T> allowed, string column, List<string> errors) where T : struct, Enum
    {
        var value = 0;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<T>(part, ignoreCase: true, out var flag) && allowed.Contains(flag)) value |= Convert.ToInt32(flag, CultureInfo.InvariantCulture);
            else errors.Add($"{column}: \u201c{part}\u201d is not one of {string.Join(", ", allowed)}");
        }
        return (T)Enum.ToObject(typeof(T), value);
    }

    /// <summary>Saves the good rows for an organisation, in batches; facilitators must be its peer supporters.</summary>
    public static async Task<ImportResult> SaveAsync(AlongsideDbContext db, Guid organisationId, List<Row> rows, List<ImportProblem> problems, IProgress<int>? progress = null)
    {
        var emails = rows.SelectMany(r => r.FacilitatorEmails).Select(e => e.ToUpperInvariant()).Distinct().ToList();
        var supporters = await db.Memberships
            .Where(m => m.OrganisationId == organisationId && m.Role == Role.PeerSupporter && emails.Contains(m.User!.NormalizedEmail!))
            .Select(m => new { m.UserId, Email = m.User!.NormalizedEmail! }).ToListAsync();
        var byEmail = supporters.GroupBy(s => s.Email).ToDictionary(g => g.Key, g => g.First().UserId);
        var imported = 0;
        foreach (var batch in rows.Chunk(1000))
        {
            foreach (var row in batch)
            {
                var unknown = row.FacilitatorEmails.Where(e => !byEmail.ContainsKey(e.ToUpperInvariant())).ToList();
                if (unknown.Count > 0)
                {
                    problems.Add(new ImportProblem(row.Number, $"facilitator_emails: {string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a peer supporter" : "are not peer supporters")} of this organisation"));
                    continue;
                }
                row.Group.OrganisationId = organisationId;
                db.PeerGroups.Add(row.Group);
                foreach (var email in row.FacilitatorEmails.Select(e => e.ToUpperInvariant()).Distinct())
                {
                    db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = row.Group.Id, UserId = byEmail[email] });
                }
                imported++;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            progress?.Report(imported);
        }
        return new ImportResult(imported, problems.OrderBy(p => p.Row).ToList());
    }
}
