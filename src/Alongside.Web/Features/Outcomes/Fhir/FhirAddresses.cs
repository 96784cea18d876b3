namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// The addresses the FHIR resources name: each instrument's canonical URL, the answer code system,
/// and each resource's own address. Built from App:PublicBaseUrl, never from the request.
/// </summary>
public sealed class FhirAddresses(string publicBaseUrl)
{
    public const string Root = "/api/v1/fhir";

    private readonly string baseUrl = publicBaseUrl.TrimEnd('/') + Root;

    public string Base => baseUrl;

    public string Questionnaire(string instrumentId) => $"{baseUrl}/Questionnaire/{instrumentId}";

    /// <summary>The canonical with the version answered, as QuestionnaireResponse.questionnaire wants it.</summary>
    public string Questionnaire(string instrumentId, int version) => $"{Questionnaire(instrumentId)}|{version}";

    /// <summary>The code system of an instrument's answers: the code is the answer's value on the scale.</summary>
    public string Answers(string instrumentId) => $"{Questionnaire(instrumentId)}/answers";

    /// <summary>The code system naming each instrument's total score (the code is the instrument's id).</summary>
    public string Scores => $"{baseUrl}/CodeSystem/scores";
}
