namespace Runner.Engine.Ports;

/// <summary>Why a run was made: the one mark of a manual run (stored as <see cref="RunKinds.Name"/>).</summary>
public enum RunKind
{
    /// <summary>A fire of the schedule handled within the job's misfire grace.</summary>
    OnTime,

    /// <summary>A missed fire (later than the grace) run anyway by the <c>once</c> or <c>all</c> misfire policy.</summary>
    Misfire,

    /// <summary>Asked for by an operator (<c>run job</c>, <c>run jobs</c>, the web GUI's "run now"): not in the ledger, no scheduled instant.</summary>
    Manual,
}
