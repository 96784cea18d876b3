using Alongside.Web.Features.Groups;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.PeerSupport.LocalHelp;

namespace Alongside.Web.Cli;

/// <summary>The demo's peer support groups, run by Parents Together with Jo facilitating.</summary>
internal static class DemoGroups
{
    public static void Add(AlongsideDbContext db, Organisation peerOrganisation, AppUser facilitator, DateTimeOffset now)
    {
        PeerGroup[] groups =
        [
            new()
            {
                OrganisationId = peerOrganisation.Id, Name = "Manchester adopters' evening", CreatedAt = now,
                Description = "A relaxed evening for adoptive parents to share what is working and what is hard. Tea, biscuits and people who understand.",
                Audiences = GroupAudience.AdoptiveParents | GroupAudience.Trauma, Format = GroupFormat.InPerson,
                Access = GroupAccess.StepFree | GroupAccess.PublicTransport | GroupAccess.Free | GroupAccess.Evening,
                Recurrence = "FREQ=MONTHLY;BYDAY=2TU", FirstMeeting = new DateOnly(2026, 1, 13), StartTime = new TimeOnly(19, 0), EndTime = new TimeOnly(21, 0),
                VenueName = "Hope Street Community Centre", VenueAddress = "Hope Street, Manchester", District = "M1", Latitude = 53.47747, Longitude = -2.23622,
            },
            new()
            {
                OrganisationId = peerOrganisation.Id, Name = "Kinship carers' coffee morning", CreatedAt = now,
                Description = "For grandparents, aunts, uncles and friends bringing up a child in the family. A crèche runs alongside.",
                Audiences = GroupAudience.KinshipCarers | GroupAudience.SpecialGuardians | GroupAudience.Grandparents, Format = GroupFormat.Hybrid,
                Access = GroupAccess.Childcare | GroupAccess.Parking | GroupAccess.Free, Languages = "Urdu",
                Recurrence = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", FirstMeeting = new DateOnly(2026, 1, 8), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(11, 30),
                VenueName = "St Mary's Hall", VenueAddress = "Stockport", District = "SK1", Latitude = 53.40760, Longitude = -2.15165,
                OnlineLink = "https://video.example.org/kinship-coffee",
            },
            new()
            {
                OrganisationId = peerOrganisation.Id, Name = "Parents of autistic children, online", CreatedAt = now,
                Description = "An online group for parents and carers of autistic children and young people, wherever you live.",
                Audiences = GroupAudience.Autism | GroupAudience.Adhd, Format = GroupFormat.Online, Access = GroupAccess.Free | GroupAccess.Evening,
                Recurrence = "FREQ=WEEKLY;BYDAY=WE", FirstMeeting = new DateOnly(2026, 1, 7), StartTime = new TimeOnly(20, 0), EndTime = new TimeOnly(21, 0),
                OnlineLink = "https://video.example.org/autism-parents",
            },
        ];
        foreach (var group in groups)
        {
            db.PeerGroups.Add(group);
            db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = group.Id, UserId = facilitator.Id });
        }

        // Jo's profile for matching, and a little local help to signpost.
        db.PeerSupporterProfiles.Add(new PeerSupporterProfile
        {
            UserId = facilitator.Id,
            OrganisationId = peerOrganisation.Id,
            Experience = GroupAudience.AdoptiveParents | GroupAudience.Trauma,
            Languages = "Urdu",
            District = "M1",
            Latitude = 53.47747,
            Longitude = -2.23622,
            OffersInPerson = true,
            OffersOnline = true,
            Availability = "Weekday evenings",
            Capacity = 3,
            UpdatedAt = now,
        });
        var foodBank = new LocalHelpEntry { Name = "Central Manchester food bank", Description = "Food parcels for families, no referral needed.", Categories = HelpCategory.Food, Phone = "0161 496 0000", CreatedAt = now };
        db.LocalHelpEntries.Add(foodBank);
        db.LocalHelpAreas.Add(new LocalHelpArea { EntryId = foodBank.Id, Code = "M" });
        db.LocalHelpEntries.Add(new LocalHelpEntry
        {
            Name = "SEND advice line",
            Description = "Free advice about special educational needs, EHC plans and school exclusions.",
            Categories = HelpCategory.SendEducation | HelpCategory.LegalRights,
            Nationwide = true,
            CreatedAt = now,
        });
    }
}
