namespace Runner.Tests.Support;

/// <summary>Tests sharing one published executable.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedRunnerGroup : ICollectionFixture<PublishedRunner>
{
    public const string Name = "published runner";
}
