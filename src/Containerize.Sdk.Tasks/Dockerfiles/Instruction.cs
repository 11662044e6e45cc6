using System.Collections.Generic;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>One Dockerfile instruction. DockerfileWriter turns each kind into text.</summary>
    public abstract class Instruction
    {
    }

    /// <summary>A comment line inside a stage.</summary>
    public sealed class CommentInstruction : Instruction
    {
        public CommentInstruction(string text) => Text = text;

        public string Text { get; }
    }

    public sealed class ArgInstruction : Instruction
    {
        public ArgInstruction(string name, string? defaultValue = null)
        {
            Name = name;
            DefaultValue = defaultValue;
        }

        public string Name { get; }

        /// <summary>The value when no --build-arg gives one; null for none.</summary>
        public string? DefaultValue { get; }
    }

    public sealed class WorkdirInstruction : Instruction
    {
        public WorkdirInstruction(string path) => Path = path;

        public string Path { get; }
    }

    /// <summary>COPY of one or more context (or stage) paths to one destination, in JSON form.</summary>
    public sealed class CopyInstruction : Instruction
    {
        public CopyInstruction(IReadOnlyList<string> sources, string destination, string? fromStage = null, string? chmod = null, bool link = false)
        {
            Sources = sources;
            Destination = destination;
            FromStage = fromStage;
            Chmod = chmod;
            Link = link;
        }

        public IReadOnlyList<string> Sources { get; }

        public string Destination { get; }

        public string? FromStage { get; }

        /// <summary>Octal mode for COPY --chmod (BuildKit only), or null.</summary>
        public string? Chmod { get; }

        /// <summary>COPY --link (BuildKit only).</summary>
        public bool Link { get; }
    }

    /// <summary>A BuildKit cache mount for a RUN instruction.</summary>
    public sealed class CacheMount
    {
        public CacheMount(string id, string target)
        {
            Id = id;
            Target = target;
        }

        public string Id { get; }

        public string Target { get; }
    }

    /// <summary>A BuildKit secret mount for a RUN instruction: the secret is readable at Target during the step only.</summary>
    public sealed class SecretMount
    {
        public SecretMount(string id, string target)
        {
            Id = id;
            Target = target;
        }

        public string Id { get; }

        public string Target { get; }
    }

    /// <summary>
    /// RUN in shell form. The command is a list of words the writer quotes for /bin/sh one by one, so no word can
    /// change the meaning of the command; raw words (the planner's own operators) are written as they are.
    /// </summary>
    public sealed class RunInstruction : Instruction
    {
        public RunInstruction(IReadOnlyList<ShellWord> words, IReadOnlyList<CacheMount>? cacheMounts = null, IReadOnlyList<SecretMount>? secretMounts = null)
        {
            Words = words;
            CacheMounts = cacheMounts ?? new CacheMount[0];
            SecretMounts = secretMounts ?? new SecretMount[0];
        }

        public IReadOnlyList<ShellWord> Words { get; }

        public IReadOnlyList<CacheMount> CacheMounts { get; }

        public IReadOnlyList<SecretMount> SecretMounts { get; }
    }

    /// <summary>
    /// A word of a RUN command: a literal argument (quoted when written), or raw shell text the planner itself wrote
    /// (an operator such as &amp;&amp;, a glob, a build-arg reference); never user input.
    /// </summary>
    public sealed class ShellWord
    {
        private ShellWord(string text, bool isRaw)
        {
            Text = text;
            IsRaw = isRaw;
        }

        public string Text { get; }

        public bool IsRaw { get; }

        public static ShellWord Literal(string text) => new ShellWord(text, false);

        public static ShellWord Raw(string text) => new ShellWord(text, true);

        public static readonly ShellWord And = Raw("&&");
    }

    /// <summary>ENV with one or more name/value pairs in a single layer.</summary>
    public sealed class EnvInstruction : Instruction
    {
        public EnvInstruction(IReadOnlyList<KeyValuePair<string, string>> variables) => Variables = variables;

        public IReadOnlyList<KeyValuePair<string, string>> Variables { get; }
    }

    public sealed class LabelInstruction : Instruction
    {
        public LabelInstruction(IReadOnlyList<KeyValuePair<string, string>> labels) => Labels = labels;

        public IReadOnlyList<KeyValuePair<string, string>> Labels { get; }
    }

    public sealed class ExposeInstruction : Instruction
    {
        public ExposeInstruction(int port, string protocol)
        {
            Port = port;
            Protocol = protocol;
        }

        public int Port { get; }

        /// <summary>tcp or udp.</summary>
        public string Protocol { get; }
    }

    /// <summary>USER; the value may name a variable of the base image such as $APP_UID.</summary>
    public sealed class UserInstruction : Instruction
    {
        public UserInstruction(string user, bool allowVariable = false)
        {
            User = user;
            AllowVariable = allowVariable;
        }

        public string User { get; }

        /// <summary>True when User is our own variable reference (such as ${APP_UID:-1654}) and must be written unescaped.</summary>
        public bool AllowVariable { get; }
    }

    /// <summary>ENTRYPOINT in exec (JSON) form.</summary>
    public sealed class EntrypointInstruction : Instruction
    {
        public EntrypointInstruction(IReadOnlyList<string> arguments) => Arguments = arguments;

        public IReadOnlyList<string> Arguments { get; }
    }

    /// <summary>CMD in exec (JSON) form.</summary>
    public sealed class CmdInstruction : Instruction
    {
        public CmdInstruction(IReadOnlyList<string> arguments) => Arguments = arguments;

        public IReadOnlyList<string> Arguments { get; }
    }

    /// <summary>HEALTHCHECK CMD in exec form with its options; null options are left to the engine's defaults.</summary>
    public sealed class HealthcheckInstruction : Instruction
    {
        public HealthcheckInstruction(IReadOnlyList<string> command, string? interval, string? timeout, string? startPeriod, int? retries)
        {
            Command = command;
            Interval = interval;
            Timeout = timeout;
            StartPeriod = startPeriod;
            Retries = retries;
        }

        public IReadOnlyList<string> Command { get; }

        public string? Interval { get; }

        public string? Timeout { get; }

        public string? StartPeriod { get; }

        public int? Retries { get; }
    }

    public sealed class StopSignalInstruction : Instruction
    {
        public StopSignalInstruction(string signal) => Signal = signal;

        public string Signal { get; }
    }
}
