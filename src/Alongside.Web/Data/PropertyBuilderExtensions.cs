using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Data;

public static class PropertyBuilderExtensions
{
    public static PropertyBuilder<string> HaveMaxLengthOf(this PropertyBuilder<string> p, int length) =>
        p.HasMaxLength(length).IsRequired();
}
