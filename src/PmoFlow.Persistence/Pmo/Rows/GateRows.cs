using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>
/// The rows of a gate's data, from one <c>UNION ALL</c> over the service's tables. Each row carries its part's number
/// and the keys the store's other reads order that part by, then the part's columns in the order of its row type's
/// <c>Columns</c>, padded with NULLs. Measured on the engine benchmark's data: ten statements 37 µs (most of it
/// starting each statement in the driver and in SQLite), this one 15 µs, or 21 µs with SQLite sorting the compound;
/// the few rows are sorted here instead, by the same keys: timestamps (fixed-width ASCII, so ordinal order is
/// SQLite's byte order), seq, and for benefit periods their position within their benefit.
/// </summary>
internal static class GateRows
{
    public const string Sql =
        "SELECT 0, NULL, NULL, id, name, description, sponsor, customer_ids, step, turn, step_entered_at, target_users, created_at, NULL, NULL " +
        "FROM services WHERE id = @Id " +
        "UNION ALL SELECT 1, NULL, NULL, key, json, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM settings " +
        "UNION ALL SELECT 2, seq, NULL, id, service_id, name, unit, good_direction, baseline, target, target_date, owner, NULL, NULL, NULL " +
        "FROM kpis WHERE service_id = @Id " +
        "UNION ALL SELECT 3, observed_at, seq, id, kpi_id, value, unit, observed_at, source, evidence_link, NULL, NULL, NULL, NULL, NULL " +
        "FROM observations WHERE service_id = @Id " +
        "UNION ALL SELECT 4, seq, NULL, id, service_id, name, category, owner, validated_by, validated_at, variance_note, NULL, NULL, NULL, NULL " +
        "FROM benefits WHERE service_id = @Id " +
        "UNION ALL SELECT 5, benefit_id, position, benefit_id, period, planned, actual, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL " +
        "FROM benefit_periods JOIN benefits b ON b.id = benefit_id WHERE b.service_id = @Id " +
        "UNION ALL SELECT 6, responded_at, seq, id, service_id, customer_group, csat, nps, responded_at, comment, NULL, NULL, NULL, NULL, NULL " +
        "FROM survey_responses WHERE service_id = @Id " +
        "UNION ALL SELECT 7, requested_at, seq, id, service_id, gate, role, status, requested_at, due_at, reminded_at, escalated_at, decided_by, decided_at, comment " +
        "FROM approvals WHERE service_id = @Id " +
        "UNION ALL SELECT 8, granted_at, seq, id, service_id, gate, granted_by, role, reason, granted_at, until, NULL, NULL, NULL, NULL " +
        "FROM waivers WHERE service_id = @Id " +
        "UNION ALL SELECT 9, published_at, seq, id, service_id, text, amount, unit, evidence_links, published_at, NULL, NULL, NULL, NULL, NULL " +
        "FROM value_statements WHERE service_id = @Id";

    private const int C = 3; // the first column after the part number and the sort keys

    public static GateParts Read(SqliteDataReader r)
    {
        var rows = new List<Keyed>();
        while (r.Read())
        {
            var part = r.GetInt32(0);
            rows.Add(new Keyed(part, r.IsDBNull(1) ? null : r.GetValue(1), r.IsDBNull(2) ? 0 : r.GetInt64(2), RowOf(part, r)));
        }
        rows.Sort(Compare);

        var parts = new GateParts();
        foreach (var row in rows)
        {
            switch (row.Row)
            {
                case ServiceRow x: parts.Service.Add(x); break;
                case SettingRow x: parts.Settings.Add(x); break;
                case KpiRow x: parts.Kpis.Add(x); break;
                case ObservationRow x: parts.Observations.Add(x); break;
                case BenefitRow x: parts.Benefits.Add(x); break;
                case BenefitPeriodRow x: parts.Periods.Add(x); break;
                case SurveyRow x: parts.Surveys.Add(x); break;
                case ApprovalRow x: parts.Approvals.Add(x); break;
                case WaiverRow x: parts.Waivers.Add(x); break;
                case ValueStatementRow x: parts.Statements.Add(x); break;
            }
        }
        // Read newest first elsewhere (ORDER BY ... DESC, seq DESC): the same order reversed, seq being unique.
        parts.Approvals.Reverse();
        parts.Statements.Reverse();
        return parts;
    }

    /// <summary>By part, then the part's keys: integers (seq, position) or text (timestamps, benefit ids).</summary>
    private static int Compare(Keyed a, Keyed b)
    {
        var order = a.Part.CompareTo(b.Part);
        if (order != 0) return order;
        order = (a.Key, b.Key) switch
        {
            (long x, long y) => x.CompareTo(y),
            (string x, string y) => string.CompareOrdinal(x, y),
            _ => 0,
        };
        return order != 0 ? order : a.Then.CompareTo(b.Then);
    }

    private static object RowOf(int part, SqliteDataReader r) => part switch
    {
        0 => new ServiceRow
        {
            Id = r.GetString(C), Name = r.GetString(C + 1), Description = r.GetString(C + 2), Sponsor = r.GetString(C + 3), CustomerIds = r.GetString(C + 4),
            Step = r.GetInt32(C + 5), Turn = r.GetInt32(C + 6), StepEnteredAt = r.GetString(C + 7), TargetUsers = r.GetInt32(C + 8), CreatedAt = r.GetString(C + 9),
        },
        1 => new SettingRow { Key = r.GetString(C), Json = r.GetString(C + 1) },
        2 => new KpiRow
        {
            Id = r.GetString(C), ServiceId = r.GetString(C + 1), Name = r.GetString(C + 2), Unit = r.GetString(C + 3), GoodDirection = r.GetString(C + 4),
            Baseline = Text(r, C + 5), Target = Text(r, C + 6), TargetDate = Text(r, C + 7), Owner = Text(r, C + 8),
        },
        3 => new ObservationRow
        {
            Id = r.GetString(C), KpiId = r.GetString(C + 1), Value = r.GetString(C + 2), Unit = r.GetString(C + 3), ObservedAt = r.GetString(C + 4),
            Source = r.GetString(C + 5), EvidenceLink = Text(r, C + 6),
        },
        4 => new BenefitRow
        {
            Id = r.GetString(C), ServiceId = r.GetString(C + 1), Name = r.GetString(C + 2), Category = r.GetString(C + 3), Owner = r.GetString(C + 4),
            ValidatedBy = Text(r, C + 5), ValidatedAt = Text(r, C + 6), VarianceNote = Text(r, C + 7),
        },
        5 => new BenefitPeriodRow { BenefitId = r.GetString(C), Period = r.GetString(C + 1), Planned = r.GetString(C + 2), Actual = Text(r, C + 3) },
        6 => new SurveyRow
        {
            Id = r.GetString(C), ServiceId = r.GetString(C + 1), CustomerGroup = r.GetString(C + 2), Csat = Int(r, C + 3), Nps = Int(r, C + 4),
            RespondedAt = r.GetString(C + 5), Comment = Text(r, C + 6),
        },
        7 => new ApprovalRow
        {
            Id = r.GetString(C), ServiceId = r.GetString(C + 1), Gate = r.GetString(C + 2), Role = r.GetString(C + 3), Status = r.GetString(C + 4),
            RequestedAt = r.GetString(C + 5), DueAt = r.GetString(C + 6), RemindedAt = Text(r, C + 7), EscalatedAt = Text(r, C + 8),
            DecidedBy = Text(r, C + 9), DecidedAt = Text(r, C + 10), Comment = Text(r, C + 11),
        },
        8 => new WaiverRow
        {
            Id = r.GetString(C), ServiceId = r.GetString(C + 1), Gate = r.GetString(C + 2), GrantedBy = r.GetString(C + 3), Role = r.GetString(C + 4),
            Reason = r.GetString(C + 5), GrantedAt = r.GetString(C + 6), Until = r.GetString(C + 7),
        },
        9 => new ValueStatementRow
        {
            Id = r.GetString(C), ServiceId = Text(r, C + 1), Text = r.GetString(C + 2), Amount = Text(r, C + 3), Unit = Text(r, C + 4),
            EvidenceLinks = r.GetString(C + 5), PublishedAt = r.GetString(C + 6),
        },
        _ => throw new InvalidOperationException($"The gate data query returned part {part}, which it does not have."),
    };

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    /// <summary>A row with its part and sort keys.</summary>
    private readonly record struct Keyed(int Part, object? Key, long Then, object Row);
}
