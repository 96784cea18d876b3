using System.Text;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Referrals;

public sealed class ReferralJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task ContinueAsync(IPage page)
    {
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await page.PressEnterAndWaitAsync();
    }

    [Fact]
    public async Task A_parent_asks_for_help_end_to_end_using_the_keyboard_alone()
    {
        var org = await app.CreateOrganisationAsync();
        var page = await app.NewPageAsync(320, 800);
        var email = People.NewEmail("selfref");

        await page.GotoAsync("/get-help");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Start now" }));
        await page.PressEnterAndWaitAsync();

        await page.WaitForURLAsync("**/get-help/child-name");
        await ContinueAsync(page); // nothing entered: the error summary
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter their first name");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("get-help-question-error-320");
        await page.TabToAsync(page.GetByLabel("What is your child's first name?"));
        await page.Keyboard.TypeAsync("Morgan");
        await ContinueAsync(page);

        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByLabel("Day"));
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("7");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2015");
        await ContinueAsync(page);

        foreach (var (label, _) in new[] { ("Adopted", 0), ("Adoptive parent", 1) })
        {
            await page.AssertAccessibleAsync();
            await page.ChooseRadioAsync(label);
            await ContinueAsync(page);
        }
        foreach (var answer in new[] { "Meltdowns after school.", "A calm-down corner.", "Easier evenings." })
        {
            await page.AssertAccessibleAsync();
            await page.TabToAsync(page.Locator("textarea"));
            await page.Keyboard.TypeAsync(answer);
            await ContinueAsync(page);
        }
        await page.AssertAccessibleAsync();
        await page.ChooseRadioAsync("Online, by video call");
        await ContinueAsync(page);

        // Contact: a phone number with whether it is safe to call, text or leave a message.
        await page.WaitForURLAsync("**/get-help/phone");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByLabel("What phone number can the service use?"));
        await page.Keyboard.TypeAsync("07700 900123");
        await ContinueAsync(page); // the yes-or-no answers are missing
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select yes or no");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("get-help-phone-error-320");
        // By keyboard: Space chooses "Yes"; the arrow key moves to "No" and chooses it.
        await page.TabToAsync(page.Locator("#phone-call"));
        await page.Keyboard.PressAsync("Space");
        foreach (var id in new[] { "#phone-text", "#phone-message" })
        {
            await page.TabToAsync(page.Locator(id));
            await page.Keyboard.PressAsync("ArrowDown");
        }
        await ContinueAsync(page);

        await page.WaitForURLAsync("**/get-help/postcode");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByLabel("What is the first part of your postcode?"));
        await page.Keyboard.TypeAsync("LS6 1AA");
        await ContinueAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter only the first part of your postcode");
        await page.GetByLabel("What is the first part of your postcode?").FillAsync("");
        await page.TabToAsync(page.GetByLabel("What is the first part of your postcode?"));
        await page.Keyboard.TypeAsync("LS6");
        await ContinueAsync(page);

        await page.WaitForURLAsync("**/get-help/access-needs");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.Locator("textarea"));
        await page.Keyboard.TypeAsync("Step-free access, please.");
        await ContinueAsync(page);

        await page.WaitForURLAsync("**/get-help/language");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByLabel("Which language would you like to use with the service?"));
        await page.Keyboard.TypeAsync("English");
        await page.ChooseRadioAsync("No");
        await ContinueAsync(page);

        foreach (var label in new[] { "I am not sure yet", org.Name })
        {
            await page.AssertAccessibleAsync();
            await page.ChooseRadioAsync(label);
            await ContinueAsync(page);
        }

        await page.WaitForURLAsync("**/get-help/check");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("get-help-check-320");
        await Assertions.Expect(page.GetByText("3 July 2015")).ToBeVisibleAsync();
        await page.TabToAsync(page.GetByLabel("Your first name"));
        await page.Keyboard.TypeAsync("Robin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(email);
        await page.TabToAsync(page.GetByLabel("Create a password"));
        await page.Keyboard.TypeAsync("harbour kettle violet dawn");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send request" }));
        await page.PressEnterAndWaitAsync();

        // Signed in at once: the request, its reference and status, and a request to confirm the address.
        await page.WaitForURLAsync("**/get-help/requests/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your request has been sent" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Received");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your email address" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("get-help-request-320");

        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Withdraw this request" }));
        await page.PressEnterAndWaitAsync();
        await page.WaitForURLAsync("**/withdraw");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("get-help-withdraw-320");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw my request" }));
        await page.PressEnterAndWaitAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Withdrawn");
        await page.AssertAccessibleAsync();
        await app.Mail.WaitForAsync(email, "Your request for help has been sent");
        await app.Mail.WaitForAsync(email, "Confirm your email");
    }

    [Fact]
    public async Task A_referrer_refers_a_family_with_a_document_and_sees_the_status()
    {
        var provider = await app.CreateOrganisationAsync();
        var referrer = await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority), Role.Referrer);
        var page = await app.NewPageAsync();
        await page.SignInAsync(referrer);
        await page.GotoAsync("/refer");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select the service you are referring to");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Service you are referring to").SelectOptionAsync(new SelectOptionValue { Label = provider.Name });
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Jess");
        var dob = page.GetByRole(AriaRole.Group, new() { Name = "Date of birth" });
        await dob.GetByLabel("Day").FillAsync("5");
        await dob.GetByLabel("Month").FillAsync("5");
        await dob.GetByLabel("Year").FillAsync("2016");
        await page.GetByLabel("Under a special guardianship order").CheckAsync();
        // The professional's form speaks about the family, never in the parent's first person.
        await Assertions.Expect(page.GetByText("Living with me")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("We will pay ourselves")).ToHaveCountAsync(0);
        await page.GetByLabel("Carer's name").FillAsync("Jo");
        await page.GetByLabel("Carer's email address").FillAsync(People.NewEmail("jo"));
        await page.GetByLabel("Special guardian", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What is happening for the child and family").FillAsync("Jess is anxious at school.");
        await page.GetByLabel("What has been tried").FillAsync("Nurture group.");
        await page.GetByLabel("What the family hope will change").FillAsync("Jess goes to school happily.");
        await page.GetByLabel("Face to face").CheckAsync();
        await page.GetByLabel("Who gave consent").FillAsync("Jo");
        var consent = page.GetByRole(AriaRole.Group, new() { Name = "When consent was given" });
        var last = app.Now.UtcDateTime.AddDays(-7);
        await consent.GetByLabel("Day").FillAsync(last.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await consent.GetByLabel("Month").FillAsync(last.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await consent.GetByLabel("Year").FillAsync(last.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("In person").CheckAsync();
        await page.GetByLabel("The Adoption and Special Guardianship Support Fund").CheckAsync();
        // The optional funding details stay folded until opened.
        var reference = page.GetByLabel("Application or purchase reference (optional)");
        await Assertions.Expect(reference).ToBeHiddenAsync();
        await page.GetByText("Funding details: reference, amount").ClickAsync();
        await reference.FillAsync("ASGSF-0042");
        await page.GetByLabel("Attach documents (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "school-letter.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
        });
        await page.ScreenshotAsync("refer-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();

        await page.WaitForURLAsync("**/refer/mine");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your referral for Jess has been sent");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Sent, waiting to be read" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("refer-mine");

        // Each referral has its own page: reference, status, who has it, and what happened when.
        await page.Locator("main a[href^='/refer/mine/']:not([href*='/plans/'])").First.ClickAsync();
        await page.WaitForURLAsync("**/refer/mine/*");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Received");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(provider.Name);
        await page.SetViewportSizeAsync(320, 800);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("refer-mine-referral-320");
    }

    [Fact]
    public async Task A_clinician_triages_assesses_and_writes_a_plan_and_the_parent_agrees()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);

        var staff = await app.NewPageAsync();
        await staff.SignInAsync(clinician);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Referrals" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("triage-queue");
        await staff.GotoAsync($"/staff/referrals/{referral.Id}");
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("triage-review");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Yes, accept it" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");

        // The accepting clinician is on the care team at once, and the next step is in front of them.
        await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Write a support plan" })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.GotoAsync($"/staff/families/{familyId}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Record an assessment" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Robin").CheckAsync();
        await staff.GetByLabel("Assessment of therapeutic need").CheckAsync();
        var today = app.Now.UtcDateTime;
        await staff.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByLabel("Findings").FillAsync("Hypervigilance at transitions.");
        await staff.GetByLabel("What the parents want").FillAsync("Calmer mornings.");
        await staff.GetByLabel("Recommendations").FillAsync("Therapeutic parenting sessions.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Hypervigilance at transitions.")).ToBeVisibleAsync();

        await staff.GetByRole(AriaRole.Link, new() { Name = "Write a support plan" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Robin").CheckAsync();
        var review = staff.GetByRole(AriaRole.Group, new() { Name = "Review date" });
        await review.GetByLabel("Day").FillAsync("1");
        await review.GetByLabel("Month").FillAsync("9");
        await review.GetByLabel("Year").FillAsync((today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByLabel("Goal 1").FillAsync("Mornings without tears");
        var sessions = staff.GetByRole(AriaRole.Group, new() { Name = "1:1 therapeutic parenting support sessions" });
        // Each kind of support's details open only once it is included.
        await Assertions.Expect(sessions.GetByLabel("Number of sessions")).ToBeHiddenAsync();
        await sessions.GetByLabel("Include in the plan").CheckAsync();
        await sessions.GetByLabel("Number of sessions").FillAsync("6");
        await sessions.GetByLabel("Paid for by").SelectOptionAsync(new SelectOptionValue { Label = "The family pays" });
        await sessions.GetByLabel("Cost, in pounds").FillAsync("720");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save and share with the family" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Support plan for Robin" })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("staff-plan");

        var family = await app.NewPageAsync(320, 800);
        await family.SignInAsync(parent);
        await family.GetByRole(AriaRole.Link, new() { Name = "Support plan for Robin" }).ClickAsync();
        await family.AssertAccessibleAsync();
        await Assertions.Expect(family.GetByText("Mornings without tears")).ToBeVisibleAsync();
        await Assertions.Expect(family.GetByText("Hypervigilance")).ToHaveCountAsync(0);
        await family.ScreenshotAsync("family-plan-320");
        await family.GetByRole(AriaRole.Button, new() { Name = "I agree to this plan" }).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("You have agreed to the plan");
        await family.AssertAccessibleAsync();
        var overflow = await family.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The plan scrolls sideways by {overflow}px at 320px");
        await family.GotoAsync("/family");
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Link, new() { Name = "Change Robin's details" }).ClickAsync();
        await family.AssertAccessibleAsync();
        await family.GotoAsync("/family/sharing");
        await family.AssertAccessibleAsync();
        await family.GotoAsync("/family/invite");
        await family.AssertAccessibleAsync();
    }
}
