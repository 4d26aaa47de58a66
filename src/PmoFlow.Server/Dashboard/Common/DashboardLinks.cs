namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// Every address the dashboard links to, in one place, rooted at the request's path base so the pages also work behind
/// a reverse proxy that mounts the server under a prefix. Record anchors come from <see cref="Anchors"/>.
/// </summary>
internal sealed class DashboardLinks(string pathBase)
{
    /// <summary>Where the dashboard is mapped.</summary>
    public const string Root = "/dashboard";

    private readonly string _root = pathBase.TrimEnd('/') + Root;

    public static DashboardLinks For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new DashboardLinks(http.Request.PathBase);
    }

    public string Board => _root;

    public string Scorecard => _root + "/scorecard";

    public string Service(string serviceId) => $"{_root}/services/{Uri.EscapeDataString(serviceId)}";

    public string Benefit(string serviceId, string benefitId) => $"{Service(serviceId)}#{Anchors.Benefit(benefitId)}";

    public string Kpi(string serviceId, string kpiId) => $"{Service(serviceId)}#{Anchors.Kpi(kpiId)}";

    public string Observation(string serviceId, string observationId) => $"{Service(serviceId)}#{Anchors.Observation(observationId)}";

    public string Survey(string serviceId, string responseId) => $"{Service(serviceId)}#{Anchors.Survey(responseId)}";

    public string SurveyGroup(string group) => $"{Scorecard}#{Anchors.Group(group)}";

    public string Asset(string name) => $"{_root}/assets/{name}";

    public string Data(string name) => $"{_root}/data/{name}";
}
