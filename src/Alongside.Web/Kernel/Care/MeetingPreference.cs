namespace Alongside.Web.Kernel.Care;

public enum MeetingPreference
{
    Online = 1,
    FaceToFace = 2,
    Either = 3,
}
