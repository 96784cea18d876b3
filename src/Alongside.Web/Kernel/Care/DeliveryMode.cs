namespace Alongside.Web.Kernel.Care;

public enum DeliveryMode
{
    Online = 1,
    FaceToFace = 2,
}
