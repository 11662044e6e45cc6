using System.Collections.Generic;
using System.Linq;
using Containerize.Sdk.Dockerfiles;
using Containerize.Sdk.Slicing;

namespace Containerize.Sdk.Planning
{
    /// <summary>
    /// The Dockerfile side of the slices. Source mode: the host cannot see the container's publish output, but it has its
    /// own publish items, and the container publishes the same project the same way; so the build stage moves the files
    /// the manifest lists out of /app/publish into /app/slices/&lt;slice&gt;/ with a RUN the planner writes from the
    /// manifest (file names are quoted shell words, so the manifest needs no file inside the build context, where .dockerignore
    /// leaves out obj/ anyway). What is not listed, or not there, stays in /app/publish and becomes the app slice: a file is
    /// never lost, at worst it lands in a less stable layer. Publish mode: StagePublishOutput has put each slice in its
    /// own folder of the build context. Either way the final stage copies each slice that has files, most stable first;
    /// the engine's COPY cache is keyed on content, so after a code change only the app's COPY makes a new layer.
    /// COPY --link is not used: BuildKit's built-in frontend of Docker 20.10 rejects it, and no # syntax line may fetch a newer one.
    /// </summary>
    public static class SliceInstructions
    {
        /// <summary>Dockerfile lines are limited to 64 KiB and one shell argument to 128 KiB: longer lists are split over RUNs.</summary>
        public const int MaxRunLength = 16000;

        private const string MoveFunction = "move_to";

        /// <summary>A shell function: move_to SLICE FILE... moves each file that exists into SLICE's folder, keeping its relative path.</summary>
        private static readonly string MoveFunctionDefinition =
            MoveFunction + "() { d=" + StageLayout.SlicesDirectory + "/$1; shift; for f in \"$@\"; do if [ -e \"$f\" ]; then "
            + "case \"$f\" in */*) mkdir -p \"$d/${f%/*}\";; esac; mv \"$f\" \"$d/$f\"; fi; done; };";

        /// <summary>
        /// The publish RUN with the sort and the layer folders after it in the same RUN (one container start and one
        /// snapshot fewer: about 0.3 s of a 3 s rebuild), each in a subshell so that a failed publish stops before them; a
        /// very long file list goes on in further RUNs, the last of which makes the layer folders.
        /// </summary>
        public static IReadOnlyList<RunInstruction> PublishAndSort(RunInstruction publish, SliceLayout? layout, string workingDirectory)
        {
            var runs = SortInBuildStage(layout).ToList();
            IReadOnlyList<ShellWord> layers = LayerFolderWords(layout, workingDirectory);
            if (runs.Count == 0)
            {
                runs.Add(new RunInstruction(new[] { ShellWord.Raw("set -e;") }.Concat(layers).ToList()));
            }
            else
            {
                RunInstruction last = runs[runs.Count - 1];
                runs[runs.Count - 1] = new RunInstruction(last.Words.Concat(new[] { ShellWord.Raw(";") }).Concat(layers).ToList());
            }

            var words = new List<ShellWord>(publish.Words) { ShellWord.And, ShellWord.Raw("(") };
            words.AddRange(runs[0].Words);
            words.Add(ShellWord.Raw(")"));
            runs[0] = new RunInstruction(words, publish.CacheMounts, publish.SecretMounts);
            return runs;
        }

        /// <summary>
        /// Moves each slice's folder (and the app's, the publish folder) to its layer folder under /app/layers, at the
        /// working directory's path (LayerFolders), then gives every entry the layers' modes and times (ReproducibleLayers).
        /// </summary>
        private static IReadOnlyList<ShellWord> LayerFolderWords(SliceLayout? layout, string workingDirectory)
        {
            var words = new List<ShellWord> { ShellWord.Raw("cd /;") };
            foreach (Slice slice in (layout?.DependencySlices ?? new Slice[0]).Concat(new[] { Slice.App }))
            {
                string from = slice == Slice.App ? StageLayout.PublishDirectory : StageLayout.SlicesDirectory + "/" + SliceNames.Folder(slice);
                string to = StageLayout.LayersDirectory + "/" + LayerFolders.Folder(slice, workingDirectory);
                words.AddRange(new[] { ShellWord.Literal("mkdir"), ShellWord.Literal("-p"), ShellWord.Literal(to.Substring(0, to.LastIndexOf('/'))), ShellWord.Raw(";") });
                words.AddRange(new[] { ShellWord.Literal("mv"), ShellWord.Literal(from), ShellWord.Literal(to), ShellWord.Raw(";") });
            }

            words.Add(ShellWord.Raw(ReproducibleLayers.ShellCommands(StageLayout.LayersDirectory)));
            return words;
        }

        /// <summary>The build-stage RUNs that leave out what the image never needs and sort /app/publish into slice folders.</summary>
        public static IReadOnlyList<RunInstruction> SortInBuildStage(SliceLayout? layout)
        {
            if (layout == null)
            {
                return new RunInstruction[0];
            }

            var runs = new RunWords(StageLayout.PublishDirectory);
            runs.AddRaw("rm -f web.config;");
            if (!layout.IncludeSymbols)
            {
                runs.AddRaw("find . -type f '(' -name '*.pdb' -o -name '*.dbg' ')' -delete;");
            }

            IReadOnlyList<Slice> slices = layout.DependencySlices;
            if (slices.Count > 0)
            {
                var folders = new List<string>();
                foreach (Slice slice in slices)
                {
                    folders.Add(StageLayout.SlicesDirectory + "/" + SliceNames.Folder(slice));
                }

                runs.AddRaw("mkdir -p " + string.Join(" ", folders) + ";");
                foreach (Slice slice in slices)
                {
                    runs.AddMoves(SliceNames.Folder(slice), layout.FilesIn(slice));
                }

                // Folders emptied by the moves (runtimes/linux-x64/native, say) would otherwise land in the app layer.
                runs.AddRaw("find . -mindepth 1 -type d -empty -delete;");
            }

            return runs.Finish();
        }

        /// <summary>
        /// The final stage's COPY of each slice that has files, most stable first; the app's comes last. Each copies a
        /// layer folder to / (see StageLayout.LayersDirectory).
        /// </summary>
        public static IReadOnlyList<CopyInstruction> FinalStageCopies(ContainerSpec spec)
        {
            SliceLayout? layout = spec.Slices;
            IEnumerable<Slice> slices = (layout?.DependencySlices ?? new Slice[0]).Concat(new[] { Slice.App });
            if (spec.Mode == ContainerizeMode.Publish)
            {
                if (layout == null)
                {
                    // Without a manifest the build context is the publish output itself.
                    return new[] { new CopyInstruction(new[] { "." }, ".") };
                }

                return slices.Select(slice => new CopyInstruction(new[] { LayerFolders.Root(slice) + "/" }, "/")).ToList();
            }

            // With a host stage, the stage CONTAINERIZE_APP_STAGE chose: the build stage or the host stage, same paths either way.
            string from = spec.HostOutputDirectory != null ? StageLayout.AppStageName : StageLayout.BuildStageName;
            return slices
                .Select(slice => new CopyInstruction(new[] { StageLayout.LayersDirectory + "/" + LayerFolders.Root(slice) + "/" }, "/", fromStage: from))
                .ToList();
        }

        /// <summary>Shell words split over RUNs of at most MaxRunLength characters, each starting in the publish folder.</summary>
        private sealed class RunWords
        {
            private readonly string _preamble;
            private readonly List<List<ShellWord>> _runs = new List<List<ShellWord>>();
            private List<ShellWord> _current = new List<ShellWord>();
            private int _length;
            private bool _hasFunction;

            public RunWords(string directory)
            {
                _preamble = "set -e; cd " + directory + ";";
                StartRun();
            }

            public void AddRaw(string text)
            {
                if (_length + text.Length + 1 > MaxRunLength)
                {
                    StartRun();
                }

                Add(ShellWord.Raw(text), text.Length);
            }

            public void AddMoves(string folder, IEnumerable<string> files)
            {
                bool open = false;
                foreach (string file in files)
                {
                    int length = DockerfileEscaping.ShellWord(file).Length;
                    if (open && _length + length + 3 > MaxRunLength)
                    {
                        Add(ShellWord.Raw(";"), 1);
                        StartRun();
                        open = false;
                    }

                    if (!open)
                    {
                        if (!_hasFunction)
                        {
                            AddRaw(MoveFunctionDefinition);
                            _hasFunction = true;
                        }

                        Add(ShellWord.Raw(MoveFunction), MoveFunction.Length);
                        Add(ShellWord.Literal(folder), folder.Length);
                        open = true;
                    }

                    Add(ShellWord.Literal(file), length);
                }

                if (open)
                {
                    Add(ShellWord.Raw(";"), 1);
                }
            }

            public IReadOnlyList<RunInstruction> Finish()
            {
                _runs.Add(_current);
                return _runs.Where(words => words.Count > 1).Select(words => new RunInstruction(WithoutTrailingSemicolon(words))).ToList();
            }

            private void StartRun()
            {
                if (_current.Count > 0)
                {
                    _runs.Add(_current);
                }

                _current = new List<ShellWord> { ShellWord.Raw(_preamble) };
                _length = _preamble.Length;
                _hasFunction = false;
            }

            private void Add(ShellWord word, int length)
            {
                _current.Add(word);
                _length += length + 1;
            }

            /// <summary>A RUN ending in ';' is valid shell, but reads as if something were missing.</summary>
            private static IReadOnlyList<ShellWord> WithoutTrailingSemicolon(List<ShellWord> words)
            {
                ShellWord last = words[words.Count - 1];
                if (last.IsRaw && last.Text.EndsWith(";", System.StringComparison.Ordinal))
                {
                    string text = last.Text.Substring(0, last.Text.Length - 1);
                    words = words.Take(words.Count - 1).ToList();
                    if (text.Length > 0)
                    {
                        words.Add(ShellWord.Raw(text));
                    }
                }

                return words;
            }
        }
    }
}
