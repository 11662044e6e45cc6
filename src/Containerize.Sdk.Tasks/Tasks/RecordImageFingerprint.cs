using Containerize.Sdk.Slicing;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>After a successful image build, records its inputs' fingerprint and the image id for CheckImageUpToDate.</summary>
    public sealed class RecordImageFingerprint : Task
    {
        [Required]
        public string FingerprintFile { get; set; } = "";

        [Required]
        public string Fingerprint { get; set; } = "";

        [Required]
        public string ImageId { get; set; } = "";

        public override bool Execute()
        {
            bool written = new FingerprintRecord(Fingerprint.Trim(), ImageId.Trim()).Write(FingerprintFile);
            Log.LogMessage(MessageImportance.Low, "Containerize: " + FingerprintFile + (written ? " written" : " unchanged"));
            return true;
        }
    }
}
