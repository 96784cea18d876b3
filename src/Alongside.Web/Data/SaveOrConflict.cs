using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Data;

public static class SaveOrConflict
{
    /// <summary>
    /// Saves and commits. When the database refuses the change (a unique index: someone booked the
    /// same time a moment ago), rolls the whole transaction back, forgets the tracked changes and
    /// answers false, so the page can say so and offer fresh choices. Nothing is half-saved.
    /// </summary>
    public static async Task<bool> TrySaveAndCommitAsync(this AlongsideDbContext db, IDbContextTransaction transaction)
    {
        try
        {
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
