using System.CommandLine;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow gates replay|reevaluate EVALUATION_ID</c>: a recorded gate decision made again.</summary>
internal static class GatesCommand
{
    public static Command Create()
    {
        var command = new Command("gates", "Recorded gate decisions made again: with the rules they used, or with today's.");
        command.Subcommands.Add(Replay(GateReplayMode.Replay, "replay",
            "Make a recorded gate decision again with the rule pack version it used (stored by content hash in the database), on the data it saw. " +
            "Exits 0 when the decision comes out the same, 1 when it differs or cannot be replayed. Nothing is stored."));
        command.Subcommands.Add(Replay(GateReplayMode.Reevaluate, "reevaluate",
            "Would it pass now? Make a recorded gate decision again with the rules in force today, on the data it saw then, and show what changed. " +
            "Exits 0 whatever the answer, 1 when it cannot be evaluated. Nothing is stored."));
        return command;
    }

    private static Command Replay(GateReplayMode mode, string name, string description)
    {
        var id = new Argument<string>("evaluation-id")
        {
            Description = "The gate evaluation's id: pmoflow service show prints it, as do a service's history (gateEvaluationId) and GET /api/services/{id}/gate-evaluations.",
        };
        var command = new Command(name, description);
        command.Arguments.Add(id);
        RuleCommand.SetAction(command, parse =>
        {
            var evaluationId = parse.GetValue(id)!;
            return async (client, output, error, cancellationToken) =>
            {
                var replay = await client.ReplayAsync(evaluationId, mode, cancellationToken).ConfigureAwait(false);
                output.WriteLine(DecisionWriter.Heading(replay.Original));
                DecisionWriter.Write(output, "", "recorded    ", replay.Original);
                DecisionWriter.Write(output, "", mode == GateReplayMode.Replay ? "replayed    " : "today       ", replay.Replayed);
                if (replay.SameDecision)
                {
                    output.WriteLine(mode == GateReplayMode.Replay
                        ? "same decision: outcome, waiver and every clause as recorded"
                        : $"today's rules decide the same: {replay.Replayed.Outcome}");
                    return 0;
                }

                output.WriteLine(mode == GateReplayMode.Replay ? "the replay decided differently:" : $"today's rules decide differently ({replay.Original.Outcome} -> {replay.Replayed.Outcome}):");
                foreach (var difference in replay.Differences) output.WriteLine($"  {difference}");
                if (mode == GateReplayMode.Reevaluate) return 0;
                await error.WriteLineAsync($"error: replaying {evaluationId} with the rules it used did not reproduce the recorded decision").ConfigureAwait(false);
                return 1;
            };
        });
        return command;
    }
}
