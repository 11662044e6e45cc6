using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Containerize.Sdk.Dockerfiles
{
    /// <summary>Turns a Dockerfile model into text: LF line ends, one instruction a line, a blank line between stages.</summary>
    public static class DockerfileWriter
    {
        public static string Write(Dockerfile dockerfile)
        {
            var text = new StringBuilder();
            foreach (string comment in dockerfile.HeaderComments)
            {
                text.Append(Comment(comment)).Append('\n');
            }

            foreach (ArgInstruction argument in dockerfile.GlobalArguments)
            {
                text.Append(Line(argument)).Append('\n');
            }

            for (int i = 0; i < dockerfile.Stages.Count; i++)
            {
                if (i > 0 || dockerfile.HeaderComments.Count > 0 || dockerfile.GlobalArguments.Count > 0)
                {
                    text.Append('\n');
                }

                WriteStage(text, dockerfile.Stages[i]);
            }

            return text.ToString();
        }

        private static void WriteStage(StringBuilder text, Stage stage)
        {
            text.Append("FROM ");
            if (stage.Platform != null)
            {
                text.Append("--platform=").Append(stage.Platform).Append(' ');
            }

            text.Append(stage.BaseIsArgument
                ? "${" + DockerfileEscaping.Verbatim(stage.BaseImage, "ARG name") + "}"
                : DockerfileEscaping.Verbatim(stage.BaseImage, "Base image"));
            if (stage.Name != null)
            {
                text.Append(" AS ").Append(DockerfileEscaping.Verbatim(stage.Name, "Stage name"));
            }

            text.Append('\n');
            foreach (Instruction instruction in stage.Instructions)
            {
                text.Append(Line(instruction)).Append('\n');
            }
        }

        private static string Line(Instruction instruction)
        {
            switch (instruction)
            {
                case CommentInstruction comment:
                    return Comment(comment.Text);
                case ArgInstruction arg:
                    return "ARG " + DockerfileEscaping.Verbatim(arg.Name, "ARG name")
                        + (arg.DefaultValue == null ? "" : "=" + DockerfileEscaping.Verbatim(arg.DefaultValue, "ARG value"));
                case WorkdirInstruction workdir:
                    return "WORKDIR " + DockerfileEscaping.CheckedPath(workdir.Path, "WORKDIR");
                case CopyInstruction copy:
                    return Copy(copy);
                case RunInstruction run:
                    return Run(run);
                case EnvInstruction env:
                    return "ENV " + Pairs(env.Variables, quoteKey: false, "ENV value");
                case LabelInstruction label:
                    return "LABEL " + Pairs(label.Labels, quoteKey: true, "LABEL value");
                case ExposeInstruction expose:
                    return "EXPOSE " + expose.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + DockerfileEscaping.Verbatim(expose.Protocol, "Port type");
                case UserInstruction user:
                    return "USER " + (user.AllowVariable ? user.User : DockerfileEscaping.Verbatim(user.User, "USER"));
                case EntrypointInstruction entrypoint:
                    return "ENTRYPOINT " + DockerfileEscaping.JsonArray(entrypoint.Arguments);
                case CmdInstruction cmd:
                    return "CMD " + DockerfileEscaping.JsonArray(cmd.Arguments);
                case HealthcheckInstruction healthcheck:
                    return Healthcheck(healthcheck);
                case StopSignalInstruction stopSignal:
                    return "STOPSIGNAL " + DockerfileEscaping.Verbatim(stopSignal.Signal, "STOPSIGNAL");
                default:
                    throw new NotSupportedException("No Dockerfile text for " + instruction.GetType().Name + ".");
            }
        }

        private static string Comment(string text)
        {
            if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
            {
                throw new ArgumentException("A comment cannot hold a line break.");
            }

            return text.Length == 0 ? "#" : "# " + text;
        }

        private static string Copy(CopyInstruction copy)
        {
            var line = new StringBuilder("COPY ");
            if (copy.Link)
            {
                line.Append("--link ");
            }

            if (copy.FromStage != null)
            {
                line.Append("--from=").Append(DockerfileEscaping.Verbatim(copy.FromStage, "COPY --from")).Append(' ');
            }

            if (copy.Chmod != null)
            {
                line.Append("--chmod=").Append(DockerfileEscaping.Verbatim(copy.Chmod, "COPY --chmod")).Append(' ');
            }

            IEnumerable<string> paths = copy.Sources.Select(source => DockerfileEscaping.CheckedPath(source, "COPY source"))
                .Concat(new[] { DockerfileEscaping.CheckedPath(copy.Destination, "COPY destination") });
            return line.Append(DockerfileEscaping.JsonArray(paths)).ToString();
        }

        private static string Run(RunInstruction run)
        {
            var line = new StringBuilder("RUN ");
            foreach (CacheMount mount in run.CacheMounts)
            {
                line.Append("--mount=type=cache,id=").Append(DockerfileEscaping.Verbatim(mount.Id, "Cache id"))
                    .Append(",target=").Append(DockerfileEscaping.Verbatim(mount.Target, "Cache target")).Append(' ');
            }

            foreach (SecretMount mount in run.SecretMounts)
            {
                line.Append("--mount=type=secret,id=").Append(DockerfileEscaping.Verbatim(mount.Id, "Secret id"))
                    .Append(",target=").Append(DockerfileEscaping.Verbatim(mount.Target, "Secret target")).Append(' ');
            }

            line.Append(string.Join(" ", run.Words.Select(word => word.IsRaw ? word.Text : DockerfileEscaping.ShellWord(word.Text))));
            return line.ToString();
        }

        private static string Pairs(IReadOnlyList<KeyValuePair<string, string>> pairs, bool quoteKey, string what)
        {
            return string.Join(" ", pairs.Select(pair =>
                (quoteKey ? DockerfileEscaping.QuotedValue(pair.Key, what) : DockerfileEscaping.Verbatim(pair.Key, "Name"))
                + "=" + DockerfileEscaping.QuotedValue(pair.Value, what)));
        }

        private static string Healthcheck(HealthcheckInstruction healthcheck)
        {
            var line = new StringBuilder("HEALTHCHECK ");
            AppendOption(line, "interval", healthcheck.Interval);
            AppendOption(line, "timeout", healthcheck.Timeout);
            AppendOption(line, "start-period", healthcheck.StartPeriod);
            if (healthcheck.Retries.HasValue)
            {
                AppendOption(line, "retries", healthcheck.Retries.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return line.Append("CMD ").Append(DockerfileEscaping.JsonArray(healthcheck.Command)).ToString();
        }

        private static void AppendOption(StringBuilder line, string name, string? value)
        {
            if (value != null)
            {
                line.Append("--").Append(name).Append('=').Append(DockerfileEscaping.Verbatim(value, "HEALTHCHECK --" + name)).Append(' ');
            }
        }
    }
}
