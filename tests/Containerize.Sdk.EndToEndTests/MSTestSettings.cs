// Tests share one engine and its build cache, and each image build takes a minute on 2 cores: run them one at a time.
[assembly: DoNotParallelize]
