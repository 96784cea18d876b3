// The shared kernel, the data context and the infrastructure are open to every file; a feature's
// own namespace is not, so a reference from one feature into another stays visible (and tested).
global using Alongside.Web.Data;
global using Alongside.Web.Infrastructure;
global using Alongside.Web.Infrastructure.Notices;
global using Alongside.Web.Infrastructure.Security;
global using Alongside.Web.Kernel.Audiences;
global using Alongside.Web.Kernel.Care;
global using Alongside.Web.Kernel.Families;
global using Alongside.Web.Kernel.Forms;
global using Alongside.Web.Kernel.People;
global using Alongside.Web.Kernel.Places;
global using Alongside.Web.Kernel.Risk;
global using Alongside.Web.Kernel.Time;
global using Alongside.Web.Kernel.Tokens;
global using Microsoft.EntityFrameworkCore;
