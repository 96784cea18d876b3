namespace Alongside.Web.Kernel.Care;

public enum ConsentMethod
{
    InPerson = 1,
    Phone = 2,
    InWriting = 3,
    Email = 4,
}
