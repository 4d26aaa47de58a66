namespace PmoFlow.Server.Dashboard.Html;

/// <summary>Which page of the dashboard is open, for the navigation.</summary>
internal enum DashboardSection
{
    Board,
    Service,
    Scorecard,
}
