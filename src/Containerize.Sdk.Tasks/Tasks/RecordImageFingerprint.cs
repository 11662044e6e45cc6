using System;
using System.IO;
using Containerize.Sdk.UpToDate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Sdk.Tasks
{
    /// <summary>
    /// After a successful image build, keeps the fingerprint CheckImageUpToDate took before it, with the image id, for the
    /// next CheckImageUpToDate.
    /// </summary>
    public sealed class RecordImageFingerprint : Task
    {
        [Required]
        public string PendingFingerprintFile { get; set; } = "";

        [Required]
        public string FingerprintFile { get; set; } = "";

        [Required]
        public string ImageId { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                string fingerprint = File.ReadAllText(PendingFingerprintFile);
                bool written = new FingerprintRecord(fingerprint, ImageId.Trim()).Write(FingerprintFile);
                File.Delete(PendingFingerprintFile);
                Log.LogMessage(MessageImportance.Low, "Containerize: " + FingerprintFile + (written ? " written" : " unchanged"));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // Without a record the next publish simply starts the builder.
                Log.LogMessage(MessageImportance.Low, "Containerize: the build's fingerprint was not recorded (" + exception.Message + ").");
            }

            return true;
        }
    }
}
