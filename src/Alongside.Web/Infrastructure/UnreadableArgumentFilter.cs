using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// A page handler's own arguments (ids, instants, page numbers, choices) come from links, hidden
/// fields and buttons the app writes; nobody types them. When one cannot be read, or fails its
/// range (a <see cref="PostedInstant"/> of -1 ticks, a number too big for an int), the request was
/// forged or mangled: it is refused with 400 before the handler runs, so no handler works on a
/// default in its place and nothing is written. What people type is bound to page properties or
/// to a form model argument, and keeps its messages on the page.
/// </summary>
public sealed class UnreadableArgumentFilter(IModelMetadataProvider metadata) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var unreadable = context.HandlerMethod?.Parameters.Any(p =>
            IsValue(p.ParameterType) && context.ModelState.GetFieldValidationState(p.BindingInfo?.BinderModelName ?? p.Name) == ModelValidationState.Invalid);
        if (unreadable == true)
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }

    /// <summary>A single value or a list of them; not a form model with its own fields and messages.</summary>
    private bool IsValue(Type type)
    {
        var model = metadata.GetMetadataForType(type);
        return !model.IsComplexType || model.IsEnumerableType;
    }
}
