// A C# file-based app: `dotnet run script.cs` builds and runs it.
var trigger = Environment.GetEnvironmentVariable("RUNNER_TRIGGER");
Console.WriteLine($"Hello from C# for {trigger}");
