using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Alongside.BrowserTests.Support.RunsLastFramework", "Alongside.BrowserTests")]

namespace Alongside.BrowserTests.Support;

/// <summary>A test class that runs after every other test class has finished (to check what they all saw).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLastAttribute : Attribute;

/// <summary>
/// xUnit's own framework, except that test classes marked <see cref="RunsLastAttribute"/> start
/// only once all the others, run in parallel as usual, have finished.
/// </summary>
public sealed class RunsLastFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task<RunSummary> RunTestCollectionsAsync(IMessageBus messageBus, CancellationTokenSource cancellationTokenSource)
        {
            var all = TestCases.ToList();
            var last = all.Where(c => c.TestMethod.TestClass.Class.GetCustomAttributes(typeof(RunsLastAttribute)).Any()).ToList();
            try
            {
                TestCases = all.Except(last).ToList();
                var summary = await base.RunTestCollectionsAsync(messageBus, cancellationTokenSource);
                if (last.Count > 0 && !cancellationTokenSource.IsCancellationRequested)
                {
                    TestCases = last;
                    summary.Aggregate(await base.RunTestCollectionsAsync(messageBus, cancellationTokenSource));
                }
                return summary;
            }
            finally
            {
                TestCases = all;
            }
        }
    }
}
