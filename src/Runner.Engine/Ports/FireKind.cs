namespace Runner.Engine.Ports;

/// <summary>Why a fire runs.</summary>
public enum FireKind
{
    /// <summary>Handled within the job's misfire grace.</summary>
    OnTime,

    /// <summary>Missed (later than the grace) and run anyway by the <c>once</c> or <c>all</c> misfire policy.</summary>
    Misfire,

    /// <summary>Asked for by an operator (the web GUI's "run now"): not in the ledger, recorded without a scheduled instant.</summary>
    Manual,
}
