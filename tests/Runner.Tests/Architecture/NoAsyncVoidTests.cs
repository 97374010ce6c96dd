using System.Reflection;
using System.Runtime.CompilerServices;
using Runner.Cli;
using Runner.Core.Scheduling;
using Runner.Engine.Runs;
using Runner.Infrastructure.Storage;
using Runner.Web;

namespace Runner.Tests.Architecture;

/// <summary>
/// No method of runner is <c>async void</c>: an exception thrown in one after its first await
/// is rethrown on the thread pool and ends the process (a scheduler that loses every running
/// job), and nobody can await it. Event handlers are no exception: raise the work as a Task and
/// observe it. Lambdas and local functions count too (the compiler makes them methods).
/// </summary>
public sealed class NoAsyncVoidTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(Timing).Assembly,
        typeof(RunPipeline).Assembly,
        typeof(SqliteRunStore).Assembly,
        typeof(TimingWords).Assembly,
        typeof(HomeServices).Assembly,
    ];

    [Fact]
    public void No_method_of_the_shipped_assemblies_is_async_void()
    {
        Assert.Equal(["Runner.Core", "Runner.Engine", "Runner.Infrastructure", "Runner.Web", "runner"], Shipped.Select(a => a.GetName().Name).Order(StringComparer.Ordinal));

        var asyncVoid = Shipped.SelectMany(AsyncVoid).Select(Describe).ToList();

        Assert.True(asyncVoid.Count == 0, $"async void methods: {string.Join(", ", asyncVoid)}; return a Task (and observe it) instead");
        Assert.Contains(Shipped.SelectMany(Methods), m => m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null);
    }

    [Fact]
    public void The_check_finds_an_async_event_handler_lambda()
    {
        var found = Assert.Single(AsyncVoid(typeof(NoAsyncVoidTests).Assembly));

        Assert.StartsWith(typeof(Canary).FullName!, found.DeclaringType!.FullName, StringComparison.Ordinal);
    }

    private static IEnumerable<MethodInfo> AsyncVoid(Assembly assembly) =>
        Methods(assembly).Where(m => m.ReturnType == typeof(void) && m.GetCustomAttribute<AsyncStateMachineAttribute>() is not null);

    /// <summary>Every method declared in the assembly, compiler-generated ones (lambdas, local functions) included.</summary>
    private static IEnumerable<MethodInfo> Methods(Assembly assembly) =>
        assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name} in {method.Module.Name}";

    /// <summary>What the check must catch: an event handler written as an async lambda.</summary>
    private static class Canary
    {
        public static readonly EventHandler Handler = async (_, _) => await Task.Yield();
    }
}
