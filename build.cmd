@echo off
rem Builds and packs Containerize.Sdk, and runs its tests or samples (Windows counterpart of build.sh).
rem   build.cmd          restore, build Containerize.Sdk.sln (Release), pack to artifacts\packages\
rem   build.cmd test     the above, then every test project; ends with "N passed, N failed, N skipped"
rem   build.cmd sample   the above, then containerize samples\ConsoleApp and samples\WebApi and run both images
rem The docker client comes from CONTAINERIZE_DOCKER when set, else docker on PATH.
setlocal EnableExtensions EnableDelayedExpansion
cd /d "%~dp0"

set "ARTIFACTS=%~dp0artifacts"
set "PACKAGE_FEED=%ARTIFACTS%\packages"
rem The package version is fixed (0.1.0-dev): samples and tests restore it here, and the extracted copy is removed.
set "ISOLATED_PACKAGES=%ARTIFACTS%\nuget-packages"
set "TEST_RESULTS=%ARTIFACTS%\test-results"
set "MODE=%~1"
if "%MODE%"=="" set "MODE=build"
if not "%MODE%"=="build" if not "%MODE%"=="test" if not "%MODE%"=="sample" (
  echo usage: %~nx0 [build^|test^|sample] 1>&2
  exit /b 2
)

if exist "%PACKAGE_FEED%\Containerize.Sdk.*.nupkg" del /q "%PACKAGE_FEED%\Containerize.Sdk.*.nupkg"
if exist "%ISOLATED_PACKAGES%\containerize.sdk" rmdir /s /q "%ISOLATED_PACKAGES%\containerize.sdk"
dotnet restore Containerize.Sdk.sln || exit /b 1
dotnet build Containerize.Sdk.sln -c Release --no-restore || exit /b 1
dotnet pack sdk\Containerize.Sdk.csproj -c Release --no-restore -o "%PACKAGE_FEED%" || exit /b 1
if "%MODE%"=="build" exit /b 0

if "%CONTAINERIZE_DOCKER%"=="" if not "%CONTAINERIZE_TEST_DOCKER%"=="" set "CONTAINERIZE_DOCKER=%CONTAINERIZE_TEST_DOCKER%"
if "%CONTAINERIZE_DOCKER%"=="" set "CONTAINERIZE_DOCKER=docker"
if "%MODE%"=="sample" goto :sample

:test
if exist "%TEST_RESULTS%" rmdir /s /q "%TEST_RESULTS%"
set /a PASSED=0, FAILED=0, SKIPPED=0, PROBLEMS=0
for %%P in (Containerize.Sdk.Tests Containerize.Sdk.TargetsTests Containerize.Sdk.EndToEndTests) do (
  dotnet test --project "tests\%%P" -c Release --no-build --report-trx --results-directory "%TEST_RESULTS%\%%P"
  rem Exit code 8: the project has no tests yet, a note rather than a failure.
  if !errorlevel! neq 0 if !errorlevel! neq 8 set /a PROBLEMS+=1
  set "TRX="
  for /r "%TEST_RESULTS%\%%P" %%T in (*.trx) do set "TRX=%%T"
  if defined TRX (
    for /f "usebackq tokens=1-3" %%a in (`powershell -NoProfile -Command "$c = ([xml](Get-Content -LiteralPath '!TRX!')).TestRun.ResultSummary.Counters; '{0} {1} {2}' -f [int]$c.passed, ([int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted), ([int]$c.notExecuted + [int]$c.inconclusive)"`) do (
      set /a PASSED+=%%a, FAILED+=%%b, SKIPPED+=%%c
    )
  ) else (
    echo build.cmd: %%P wrote no .trx report 1>&2
  )
)
echo !PASSED! passed, !FAILED! failed, !SKIPPED! skipped
set /a RAN=PASSED+FAILED
if !FAILED! gtr 0 exit /b 1
if !RAN! equ 0 exit /b 1
if !PROBLEMS! gtr 0 exit /b 1
exit /b 0

:sample
dotnet publish samples\ConsoleApp -c Release -p:Containerize=true || exit /b 1
dotnet publish samples\WebApi -c Release -p:Containerize=true || exit /b 1
"%CONTAINERIZE_DOCKER%" run --rm containerize-samples/consoleapp:latest || exit /b 1
for /f %%C in ('"%CONTAINERIZE_DOCKER%" run -d -p 127.0.0.1::8080 containerize-samples/webapi:latest') do set "CONTAINER=%%C"
if not defined CONTAINER exit /b 1
for /f "tokens=2 delims=:" %%H in ('"%CONTAINERIZE_DOCKER%" port !CONTAINER! 8080/tcp') do if not defined HOST_PORT set "HOST_PORT=%%H"
set "ANSWERED="
for /l %%I in (1,1,30) do if not defined ANSWERED (
  curl -fsS --max-time 2 "http://127.0.0.1:!HOST_PORT!/" && set "ANSWERED=1"
  if not defined ANSWERED timeout /t 1 /nobreak >nul
)
echo.
"%CONTAINERIZE_DOCKER%" rm -f !CONTAINER! >nul
if not defined ANSWERED (
  echo build.cmd: no answer from http://127.0.0.1:!HOST_PORT!/ 1>&2
  exit /b 1
)
echo build.cmd: sample images left in place: containerize-samples/consoleapp:latest containerize-samples/webapi:latest 1>&2
exit /b 0
