using System.Net;
using System.Text;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Referrals;

public abstract class ProfessionalReferralTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private Dictionary<string, string> Form(Guid organisationId, string carerEmail, string child = "Jamie") => new()
    {
        ["Input.FormId"] = Guid.NewGuid().ToString(),
        ["Input.OrganisationId"] = organisationId.ToString(),
        ["Input.ChildFirstName"] = child,
        ["Input.DobDay"] = "9",
        ["Input.DobMonth"] = "9",
        ["Input.DobYear"] = "2014",
        ["Input.LegalStatus"] = nameof(LegalStatus.Adopted),
        ["Input.CarerName"] = "Pat",
        ["Input.CarerEmail"] = carerEmail,
        ["Input.CarerRelationship"] = nameof(CarerRelationship.AdoptiveParent),
        ["Input.WhatIsHappening"] = "Struggling with transitions at school.",
        ["Input.WhatHasBeenTried"] = "School support plan.",
        ["Input.Hopes"] = "Settled mornings.",
        ["Input.MeetingPreference"] = nameof(MeetingPreference.Online),
        ["Input.ConsentGivenBy"] = "Pat (adoptive parent)",
        ["Input.ConsentDay"] = "1",
        ["Input.ConsentMonth"] = app.Now.UtcDateTime.AddMonths(-1).Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ConsentYear"] = app.Now.UtcDateTime.AddMonths(-1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ConsentMethod"] = nameof(ConsentMethod.Phone),
        ["Input.FundingRoute"] = nameof(FundingRoute.Asgsf),
        ["Input.FundingReference"] = "ASGSF-1234",
        ["Input.AmountRequested"] = "£2,500",
    };

    private async Task<(Organisation Provider, Person Referrer, Person Clinician, HttpClient Browser)> SetUpAsync()
    {
        var provider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var referrer = await app.CreateStaffAsync(council, Role.Referrer);
        var clinician = await app.CreateStaffAsync(provider, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(referrer);
        return (provider, referrer, clinician, browser);
    }

    [Fact]
    public async Task A_referrer_refers_with_consent_and_a_document_and_then_sees_only_the_status()
    {
        var (provider, referrer, clinician, browser) = await SetUpAsync();
        var carerEmail = People.NewEmail("pat");
        var response = await browser.PostMultipartAsync("/refer", Form(provider.Id, carerEmail), [("Documents", "letter.pdf", Pdf)]);
        Assert.Equal("/refer/mine", Browser.Location(response));

        var referral = await app.WithDbAsync(db => db.Referrals.Include(r => r.Documents).SingleAsync(r => r.OrganisationId == provider.Id));
        Assert.Equal(ReferralSource.Professional, referral.Source);
        Assert.Equal(referrer.Id, referral.SubmittedByUserId);
        Assert.Equal("Pat (adoptive parent)", referral.ConsentGivenBy);
        Assert.Equal(ConsentMethod.Phone, referral.ConsentMethod);
        Assert.Equal(2500m, referral.AmountRequested);
        var document = Assert.Single(referral.Documents);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(Pdf, document.Content);

        var mine = await browser.GetPageAsync("/refer/mine");
        Assert.Contains("Jamie", mine);
        Assert.Contains("Sent, waiting to be read", mine);
        Assert.DoesNotContain("Struggling with transitions", mine);

        // The receiving clinician reads it and downloads the document (audited); the referrer cannot.
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        var review = await staff.GetPageAsync($"/staff/referrals/{referral.Id}");
        Assert.Contains("Given by Pat (adoptive parent)", review);
        var download = await staff.GetAsync($"/staff/referrals/{referral.Id}?handler=Document&documentId={document.Id}");
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == document.Id && a.ActorUserId == clinician.Id)));
        Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync($"/staff/referrals/{referral.Id}")));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/families/{referral.FamilyId}")).StatusCode);

        // A decline's reason reaches the referrer.
        await staff.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Decline", new Dictionary<string, string> { ["Reason"] = "Please refer to the OT clinic instead." }, tokenFrom: $"/staff/referrals/{referral.Id}");
        Assert.Contains("Please refer to the OT clinic instead.", await browser.GetPageAsync("/refer/mine"));
    }

    [Fact]
    public async Task A_council_referrer_starts_with_their_own_area_and_names_the_commissioner_and_the_assessment()
    {
        var provider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        // Cambridge is a district: children's services are Cambridgeshire's.
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == council.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.OnsCode, "E07000008")));
        var nhs = await app.CreateOrganisationAsync(OrganisationKind.NhsService);
        var referrer = await app.CreateStaffAsync(council, Role.Referrer);
        var browser = app.NewBrowser();
        await browser.SignInAsync(referrer);

        var page = Html.Parse(await browser.GetPageAsync("/refer"));
        Assert.Equal("E10000003", page.QuerySelector("#Input_LocalAuthorityCode option[selected]")?.GetAttribute("value"));

        var forged = Form(provider.Id, People.NewEmail("pat"));
        forged["Input.CommissionerOrganisationId"] = provider.Id.ToString(); // a therapy provider does not commission
        forged["Input.LocalAuthorityCode"] = "E10000003";
        (forged["Input.AssessedDay"], forged["Input.AssessedMonth"], forged["Input.AssessedYear"]) = ("1", "1", "9999");
        var refused = Html.Parse(await (await browser.PostMultipartAsync("/refer", forged, [])).Content.ReadAsStringAsync());
        Assert.Contains("Select the commissioner from the list", refused.Errors());
        Assert.Contains("The date of the assessment of need must be today or in the past", refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.Referrals.AnyAsync(r => r.OrganisationId == provider.Id)));

        // The form offers each open service of the provider; a closed one is refused.
        var (open, closed) = await app.WithDbAsync(async db =>
        {
            var services = (new Service { OrganisationId = provider.Id, Name = "Sensory OT", CreatedAt = app.Now },
                new Service { OrganisationId = provider.Id, Name = "Closed one", CreatedAt = app.Now, ClosedAt = app.Now });
            db.Services.AddRange(services.Item1, services.Item2);
            await db.SaveChangesAsync();
            return services;
        });
        var offered = Html.Parse(await browser.GetPageAsync("/refer")).QuerySelectorAll("#Input_OrganisationId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains($"{provider.Id}/{open.Id}", offered);
        Assert.DoesNotContain($"{provider.Id}/{closed.Id}", offered);
        var toClosed = Form(provider.Id, People.NewEmail("pat"));
        toClosed["Input.OrganisationId"] = $"{provider.Id}/{closed.Id}";
        Assert.Contains("Select the service you are referring to", Html.Parse(await (await browser.PostMultipartAsync("/refer", toClosed, [])).Content.ReadAsStringAsync()).Errors());

        var good = Form(provider.Id, People.NewEmail("pat"));
        good["Input.OrganisationId"] = $"{provider.Id}/{open.Id}";
        good["Input.CommissionerOrganisationId"] = nhs.Id.ToString();
        good["Input.LocalAuthorityCode"] = "E10000003";
        var assessed = DateOnly.FromDateTime(app.Now.UtcDateTime).AddMonths(-1);
        (good["Input.AssessedDay"], good["Input.AssessedMonth"], good["Input.AssessedYear"]) = (assessed.Day.ToString(), assessed.Month.ToString(), assessed.Year.ToString());
        Assert.Equal("/refer/mine", Browser.Location(await browser.PostMultipartAsync("/refer", good, [])));
        var referral = await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.OrganisationId == provider.Id));
        Assert.Equal((nhs.Id, "E10000003", assessed, open.Id), (referral.CommissionerOrganisationId, referral.LocalAuthorityCode, referral.NeedsAssessedOn, referral.ServiceId));
    }

    [Fact]
    public async Task The_referrer_sees_the_place_on_the_waiting_list()
    {
        var (provider, _, clinician, browser) = await SetUpAsync();
        await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("wait")), []);
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        var id = Assert.Single(await staff.QueueAsync()); // the provider's new referrals
        await staff.PostFormAsync($"/staff/referrals/{id}?handler=WaitingList", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{id}");

        var mine = await browser.GetPageAsync("/refer/mine");
        Assert.Contains("On the waiting list", mine);
        Assert.Contains("Place 1 on the list. We cannot estimate the wait yet.", mine);
    }

    [Fact]
    public async Task The_carer_named_in_a_referral_is_invited_and_joins_the_family_record()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var carerEmail = People.NewEmail("carer");
        await browser.PostMultipartAsync("/refer", Form(provider.Id, carerEmail, child: "Remy"), []);

        var mail = await app.Mail.WaitForAsync(carerEmail, "Your family has been referred");
        var link = Browser.FirstLink(mail.TextBody, "/family/join");
        var carer = app.NewBrowser();
        Assert.Contains("Join your family", await carer.GetPageAsync(link));
        var joined = await carer.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Pat",
            ["Input.Password"] = People.Password,
            ["Token"] = link.Split("token=")[1],
        });
        Assert.Equal("/family", Browser.Location(joined));
        var portal = await carer.GetPageAsync("/family");
        Assert.Contains("Help for Remy from " + provider.Name, portal);
        Assert.Contains("This invitation has not worked", await app.NewBrowser().GetPageAsync(link));
    }

    [Fact]
    public async Task Files_are_checked_by_their_content_and_size_and_a_bad_one_stops_the_referral()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var fake = await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("x")), [("Documents", "report.pdf", Encoding.ASCII.GetBytes("<script>alert(1)</script>"))]);
        Assert.Contains("report.pdf must be a PDF, a Word document (.docx), or a PNG or JPEG picture", await fake.Content.ReadAsStringAsync());

        var big = new byte[(5 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        var tooBig = await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("y")), [("Documents", "huge.pdf", big)]);
        Assert.Contains("huge.pdf must be smaller than 5 MB", await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.OrganisationId == provider.Id)));
    }

    [Fact]
    public async Task Documents_with_macros_or_that_unpack_too_big_are_refused_whatever_they_are_called()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var macros = await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("m")), [("Documents", "letter.docx", Documents.Docm())]);
        Assert.Contains("letter.docx contains macros, which can run programs on the reader's computer, so we cannot accept it. Save it as an ordinary Word document (.docx) or as a PDF.",
            WebUtility.HtmlDecode(await macros.Content.ReadAsStringAsync()));
        var bomb = await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("b")), [("Documents", "notes.docx", Documents.ZipBomb())]);
        Assert.Contains("notes.docx unpacks to more than 50 MB or has too many parts, so we cannot accept it.", await bomb.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.OrganisationId == provider.Id)));
    }

    [Fact]
    public async Task Documents_are_named_by_their_content_and_download_as_files_that_are_not_cached()
    {
        var (provider, _, clinician, browser) = await SetUpAsync();
        var sent = await browser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("n")), [("Documents", "scan.html", Documents.Png), ("Documents", "letter.docm", Documents.Docx())]);
        Assert.Equal("/refer/mine", Browser.Location(sent));
        var referral = await app.WithDbAsync(db => db.Referrals.Include(r => r.Documents).SingleAsync(r => r.OrganisationId == provider.Id));
        var stored = referral.Documents.OrderBy(d => d.FileName).Select(d => (d.FileName, d.ContentType)).ToList();
        Assert.Equal([("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("scan.png", "image/png")], stored);

        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        foreach (var document in referral.Documents)
        {
            var response = await staff.GetAsync($"/staff/referrals/{referral.Id}?handler=Document&documentId={document.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(document.FileName, Documents.DownloadName(response));
            Assert.Equal(document.ContentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(Documents.NoStore(response));
        }

        // A document kept under its sender's name before names were derived still downloads by its type.
        var scan = referral.Documents.Single(d => d.ContentType == "image/png");
        await app.WithDbAsync(db => db.ReferralDocuments.Where(d => d.Id == scan.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.FileName, "old scan.html")));
        Assert.Equal("old scan.png", Documents.DownloadName(await staff.GetAsync($"/staff/referrals/{referral.Id}?handler=Document&documentId={scan.Id}")));
        var review = await staff.GetPageAsync($"/staff/referrals/{referral.Id}");
        Assert.Contains("old scan.png", review);
        Assert.DoesNotContain("old scan.html", review);
    }

    [Fact]
    public async Task Missing_and_impossible_answers_are_each_named_and_nothing_is_saved()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var form = Form(provider.Id, "not an email");
        form["Input.ChildFirstName"] = "";
        form["Input.ConsentYear"] = (app.Now.UtcDateTime.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Input.AmountRequested"] = "lots";
        form["Input.LegalStatus"] = "Pirate";
        form.Remove("Input.MeetingPreference");
        var html = await (await browser.PostMultipartAsync("/refer", form, [])).Content.ReadAsStringAsync();
        Assert.Contains("Enter the child&#x27;s first name", html);
        Assert.Contains("Enter the carer&#x27;s email address in the right format", html);
        Assert.Contains("The date consent was given must be today or in the past", html);
        Assert.Contains("Enter the amount in pounds", html);
        Assert.Contains("Select how the family would like to meet", html);
        Assert.Contains("href=\"#Input_LegalStatus\"", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.OrganisationId == provider.Id)));
    }

    [Fact]
    public async Task Sending_the_same_form_twice_makes_one_referral()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var form = Form(provider.Id, People.NewEmail("twice"));
        await browser.PostMultipartAsync("/refer", form, []);
        var again = await browser.PostMultipartAsync("/refer", form, []);
        Assert.Equal("/refer/mine", Browser.Location(again));
        Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.OrganisationId == provider.Id)));
    }

    [Fact]
    public async Task A_referrer_sees_their_own_referrals_only_and_others_cannot_refer()
    {
        var (provider, _, _, browser) = await SetUpAsync();
        var (_, _, _, otherBrowser) = await SetUpAsync();
        await otherBrowser.PostMultipartAsync("/refer", Form(provider.Id, People.NewEmail("other"), child: "Zed"), []);
        Assert.DoesNotContain("Zed", await browser.GetPageAsync("/refer/mine"));

        var (parent, _) = await app.CreateParentAsync();
        var parentBrowser = app.NewBrowser();
        await parentBrowser.SignInAsync(parent);
        Assert.StartsWith("/account/access-denied", Browser.Location(await parentBrowser.GetAsync("/refer")));
    }
}

public sealed class ProfessionalReferralTestsOnSqlite(SqliteApp app) : ProfessionalReferralTests<SqliteApp>(app);

public sealed class ProfessionalReferralTestsOnPostgres(PostgresApp app) : ProfessionalReferralTests<PostgresApp>(app);
