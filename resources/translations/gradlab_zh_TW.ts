<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>accuracy (%)</source>
        <translation>正確率（%）</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>gradlab</source>
        <translation>gradlab</translation>
    </message>
    <message>
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>gradlab: this engine&apos;s backward pass; torch: torch.autograd in float64; numeric: central differences</source>
        <translation>gradlab：本引擎的反向傳遞；torch：以 float64 計算的 torch.autograd；數值：中央差分</translation>
    </message>
    <message>
        <source>Run the backward pass to compare gradlab&apos;s gradients with torch and with numbers.</source>
        <translation>執行反向傳遞，即可比較 gradlab 算出的梯度與 torch 及數值方法的結果。</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>torch could not check this graph: {error}</source>
        <translation>torch 無法檢查這張計算圖：{error}</translation>
    </message>
    <message>
        <source>✗ marks a disagreement, at {names}.</source>
        <translation>✗ 標示不一致之處，在 {names}。</translation>
    </message>
    <message>
        <source>✓ all three agree.</source>
        <translation>✓ 三者一致。</translation>
    </message>
</context>
<context>
    <name>ClassifyTab</name>
    <message>
        <source>Loss per step, training and test points</source>
        <translation>每一步的損失：訓練點與測試點</translation>
    </message>
    <message>
        <source>Accuracy per step, training and test points</source>
        <translation>每一步的正確率：訓練點與測試點</translation>
    </message>
    <message>
        <source>The parameters per step</source>
        <translation>每一步的參數</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>網路設定</translation>
    </message>
    <message>
        <source>The curves and the parameters</source>
        <translation>曲線與參數</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失與正確率</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>✗ {error}</source>
        <translation>✗ {error}</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暫停。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>Stop the training first.</source>
        <translation>請先停止訓練。</translation>
    </message>
    <message>
        <source>{title}: press Start.</source>
        <translation>{title}：請按「開始」。</translation>
    </message>
    <message>
        <source>The Neural Network settings cannot be used: {error}</source>
        <translation>無法使用這些神經網路設定：{error}</translation>
    </message>
    <message>
        <source>The set-up and points as they were saved: press Start.</source>
        <translation>設定與資料點已依儲存時的樣子載入：請按「開始」。</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>gradlab.net (net1.py)</source>
        <translation>gradlab.net (net1.py)</translation>
    </message>
    <message>
        <source>PyTorch (autograd0.py)</source>
        <translation>PyTorch (autograd0.py)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the program shown to the clipboard</source>
        <translation>將顯示的程式複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>ColourBar</name>
    <message>
        <source>The map&apos;s colours: orange, the class −1 side; blue, the class +1 side; deeper, a larger score</source>
        <translation>地圖的顏色：橘色是類別 −1 的一側；藍色是類別 +1 的一側；顏色越深，分數越大</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Loading {name} …</source>
        <translation>正在載入 {name} …</translation>
    </message>
</context>
<context>
    <name>DescentControls</name>
    <message>
        <source>Function</source>
        <translation>函數</translation>
    </message>
    <message>
        <source>Function to descend</source>
        <translation>要下降的函數</translation>
    </message>
    <message>
        <source>Any function of x, or of x and y, in the expression language</source>
        <translation>以運算式語法寫成的任意函數，變數為 x，或 x 與 y</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Start point</source>
        <translation>起始點</translation>
    </message>
    <message>
        <source>Where every optimizer starts; or click on the map</source>
        <translation>每個優化器的起點；也可以直接在圖上點選</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>Optimizers (learning rate)</source>
        <translation>優化器（學習率）</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>Momentum and Nesterov keep this fraction of their last step</source>
        <translation>動量法（Momentum）與 Nesterov 會保留上一步的這個比例</translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation>最多步數</translation>
    </message>
    <message>
        <source>Stop at |grad| &lt;</source>
        <translation>停止條件 |grad| &lt;</translation>
    </message>
    <message>
        <source>An optimizer stops when its gradient&apos;s length falls below this</source>
        <translation>優化器的梯度長度小於此值時即停止</translation>
    </message>
    <message>
        <source>Gradient descent is p -= lr × grad, as in torchGd1.py; the others follow torch.optim&apos;s algorithms, computed in float64. net2.py&apos;s classic update moves x in x·x twice per loop, so its run equals plain descent with learning rate 0.02 here. Click on the map to start somewhere else.</source>
        <translation>梯度下降是 p -= lr × grad，與 torchGd1.py 相同；其他方法依照 torch.optim 的演算法，以 float64 計算。net2.py 的傳統更新在每圈中把 x·x 裡的 x 移動兩次，所以它的路徑等於學習率 0.02 的一般梯度下降。在地圖上點一下即可換個起點。</translation>
    </message>
    <message>
        <source>{name}: learning rate</source>
        <translation>{name}：學習率</translation>
    </message>
    <message>
        <source>Your function</source>
        <translation>自訂函數</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Gradient descent step</source>
        <translation>梯度下降一步</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Put the variables back where the first step started</source>
        <translation>把變數放回第一步開始前的位置</translation>
    </message>
    <message>
        <source>Classic net.py update</source>
        <translation>經典 net.py 更新</translation>
    </message>
    <message>
        <source>Ascent (climb, as the guide does)</source>
        <translation>梯度上升（往上爬，如同 guide 的做法）</translation>
    </message>
    <message>
        <source>On: each step moves every variable up its gradient, x += rate × x.g, and the output climbs, as in Karpathy&apos;s Hacker&apos;s guide. Off: down, as in the course&apos;s net2.py.</source>
        <translation>開啟時：每一步都讓每個變數順著梯度往上移動，x += rate × x.g，輸出隨之上升，如同 Karpathy 的 Hacker&apos;s guide。關閉時：往下移動，如同課程的 net2.py。</translation>
    </message>
    <message>
        <source>net.py moves both inputs of every gate, so x in x·x moves twice per step: with rate 0.01 that is plain descent at 0.02, which is why net2.py&apos;s run looks like learning rate 0.02.</source>
        <translation>net.py 會移動每個閘的兩個輸入，所以 x·x 裡的 x 每步會移動兩次：學習率 0.01 就等於學習率 0.02 的一般梯度下降，這就是 net2.py 的執行結果看起來像學習率 0.02 的原因。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>The learning rate must be a number, like 0.02.</source>
        <translation>學習率必須是數字，例如 0.02。</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number no larger than 1e6.</source>
        <translation>學習率必須是不大於 1e6 的正數。</translation>
    </message>
    <message>
        <source>Gradient ascent step</source>
        <translation>梯度上升一步</translation>
    </message>
    <message>
        <source>The step size: each variable moves up by rate × gradient, x += rate × x.g</source>
        <translation>步長：每個變數每步往上移動「步長 × 梯度」，x += rate × x.g</translation>
    </message>
    <message>
        <source>The learning rate: each variable moves down by rate × gradient, x -= rate × x.g</source>
        <translation>學習率：每個變數每步往下移動「學習率 × 梯度」，x -= rate × x.g</translation>
    </message>
    <message>
        <source>ascent from step {step}: up the gradient</source>
        <translation>從第 {step} 步起為梯度上升：順著梯度往上</translation>
    </message>
    <message>
        <source>descent from step {step}: down the gradient</source>
        <translation>從第 {step} 步起為梯度下降：逆著梯度往下</translation>
    </message>
</context>
<context>
    <name>DescentTab</name>
    <message>
        <source>Function map</source>
        <translation>函數圖</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>每步的損失</translation>
    </message>
    <message>
        <source>Table and log</source>
        <translation>表格與紀錄</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Log (i  =&gt;  value)</source>
        <translation>紀錄（i  =&gt;  value）</translation>
    </message>
    <message>
        <source>Function, optimizers and their settings</source>
        <translation>函數、最佳化器及其設定</translation>
    </message>
    <message>
        <source>Start moved to ({point})</source>
        <translation>起點已移至 ({point})</translation>
    </message>
    <message>
        <source>Cannot race yet: {problem}</source>
        <translation>還不能開始比賽：{problem}</translation>
    </message>
    <message>
        <source>Every optimizer has stopped.</source>
        <translation>所有優化器都已停止。</translation>
    </message>
</context>
<context>
    <name>ExamplesDialog</name>
    <message>
        <source>Examples</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>Example programs</source>
        <translation>範例程式</translation>
    </message>
    <message>
        <source>What the example shows</source>
        <translation>範例說明</translation>
    </message>
    <message>
        <source>Example source code</source>
        <translation>範例原始碼</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the example</source>
        <translation>執行範例</translation>
    </message>
    <message>
        <source>Run the program in a temporary folder (double-click also runs)</source>
        <translation>在暫存資料夾中執行程式（按兩下也可以執行）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the running example</source>
        <translation>停止執行中的範例</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>執行狀態</translation>
    </message>
    <message>
        <source>Example output</source>
        <translation>範例輸出</translation>
    </message>
    <message>
        <source>Backpropagation by hand with gradlab&apos;s Net: o = x·x + y·y at x = 1, y = 3.</source>
        <translation>以 gradlab 的 Net 手動做反向傳播：o = x·x + y·y，於 x = 1、y = 3。</translation>
    </message>
    <message>
        <source>Gradient descent with Net on x·x + y·y from (1, 3): the value after each step.</source>
        <translation>以 Net 對 x·x + y·y 從 (1, 3) 開始做梯度下降：列出每一步之後的值。</translation>
    </message>
    <message>
        <source>The same graph in PyTorch: f.backward() gives x.grad = 2 and y.grad = 6.</source>
        <translation>同一張計算圖改用 PyTorch：f.backward() 得到 x.grad = 2 與 y.grad = 6。</translation>
    </message>
    <message>
        <source>Autograd on f = x·x + y·y; only floating-point tensors have gradients.</source>
        <translation>對 f = x·x + y·y 做 autograd；只有浮點數張量才有梯度。</translation>
    </message>
    <message>
        <source>Autograd on a vector: f = ‖x‖² at x = (1, 3) has the gradient (2, 6).</source>
        <translation>對向量做 autograd：f = ‖x‖² 在 x = (1, 3) 的梯度為 (2, 6)。</translation>
    </message>
    <message>
        <source>Gradient descent by hand on x² − 4x + 4 with one tensor: x goes to 2.</source>
        <translation>用單一張量對 x² − 4x + 4 手動做梯度下降：x 趨近 2。</translation>
    </message>
    <message>
        <source>The same descent over a list of parameters.</source>
        <translation>同樣的梯度下降，改用參數串列。</translation>
    </message>
    <message>
        <source>Descent on the norm ‖x‖: fixed steps hop around its tip at (0, 0).</source>
        <translation>對範數 ‖x‖ 做梯度下降：固定步長會在 (0, 0) 的尖點附近來回跳動。</translation>
    </message>
    <message>
        <source>Fits y = x + 2x² + 3x³ with Linear(3, 1) and RMSprop, then saves model.ckpt.</source>
        <translation>用 Linear(3, 1) 與 RMSprop 擬合 y = x + 2x² + 3x³，再存成 model.ckpt。</translation>
    </message>
    <message>
        <source>Loads model.ckpt (run regression1train.py first) and predicts y for (2, 4, 8).</source>
        <translation>載入 model.ckpt（請先執行 regression1train.py），並預測 (2, 4, 8) 的 y。</translation>
    </message>
    <message>
        <source>Fits the cubic with nn.Sequential, updating each parameter by hand.</source>
        <translation>用 nn.Sequential 擬合三次函數，手動更新每個參數。</translation>
    </message>
    <message>
        <source>Fits the cubic with torch.optim&apos;s RMSprop doing the updates.</source>
        <translation>擬合三次函數，由 torch.optim 的 RMSprop 負責更新。</translation>
    </message>
    <message>
        <source>Fits the cubic with a custom nn.Module, Polynomial3, by SGD.</source>
        <translation>用自訂的 nn.Module（Polynomial3）以 SGD 擬合三次函數。</translation>
    </message>
    <message>
        <source>DynamicNet reuses its weights a random number of times; SGD with momentum.</source>
        <translation>DynamicNet 會重複使用權重，次數隨機；使用帶動量的 SGD。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Could not copy {name}: {error}</source>
        <translation>無法複製 {name}：{error}</translation>
    </message>
    <message>
        <source>Running {name} in {folder}</source>
        <translation>正在 {folder} 中執行 {name}</translation>
    </message>
    <message>
        <source>Running {name}…</source>
        <translation>正在執行 {name}…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Ended abnormally</source>
        <translation>異常結束</translation>
    </message>
    <message>
        <source>Finished (exit code {code})</source>
        <translation>已完成（結束代碼 {code}）</translation>
    </message>
    <message>
        <source>Could not start {program}: {error}</source>
        <translation>無法啟動 {program}：{error}</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <source>Leave exercise…</source>
        <translation>離開練習…</translation>
    </message>
    <message>
        <source>Back to the whole Graph tab: Check, Code and Run backward show the answers</source>
        <translation>回到完整的計算圖分頁：檢查、程式碼和反向跑完都會顯示答案</translation>
    </message>
</context>
<context>
    <name>ExerciseMode</name>
    <message>
        <source>Exercise: {title}</source>
        <translation>練習：{title}</translation>
    </message>
    <message>
        <source>Step with Alt+Left: type each gradient before it is shown, then Enter.</source>
        <translation>用 Alt+Left 走一步：每個梯度顯示之前先輸入它，再按 Enter。</translation>
    </message>
    <message>
        <source>Fill in the table in the Practice panel, then Check (Ctrl+Return).</source>
        <translation>在「練習」面板填好表格，再按檢查（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>In this exercise the walk shows only what is given: fill in the table first.</source>
        <translation>這個練習只會走出題目已給的部分：請先填好表格。</translation>
    </message>
    <message>
        <source>Leave the exercise?</source>
        <translation>要離開練習嗎？</translation>
    </message>
    <message>
        <source>Leaving the exercise opens every panel: Check, Code, the log and Run backward show the answers. Your answers so far stay on screen. Leave it?</source>
        <translation>離開練習會打開所有面板：檢查、程式碼、步驟紀錄和反向跑完都會顯示答案。你目前的作答會留在畫面上。確定要離開嗎？</translation>
    </message>
    <message>
        <source>The exercise is over: every panel is open.</source>
        <translation>練習結束：所有面板都已打開。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>影像檔（PNG、TIF、JPG…）</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>可縮放向量圖形（SVG）</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>原始繪圖資料的 CSV</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>印表機</translation>
    </message>
</context>
<context>
    <name>ExpressionBar</name>
    <message>
        <source>Presets…</source>
        <translation>預設範例…</translation>
    </message>
    <message>
        <source>Load a graph from the course or from Karpathy&apos;s guide</source>
        <translation>載入課程或 Karpathy 指南中的計算圖</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>預設範例</translation>
    </message>
    <message>
        <source>An expression: + - * / **, exp log sqrt sin cos tanh sigmoid relu abs, norm(a, b), max(a, b), min(a, b)</source>
        <translation>運算式：+ - * / **、exp log sqrt sin cos tanh sigmoid relu abs、norm(a, b)、max(a, b)、min(a, b)</translation>
    </message>
    <message>
        <source>The variables&apos; values, like x=1, y=3</source>
        <translation>各變數的值，例如 x=1, y=3</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>變數值</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>運算式</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>f =</source>
        <translation>f =</translation>
    </message>
    <message>
        <source>at</source>
        <translation>代入</translation>
    </message>
    <message>
        <source>too big to write as one expression: change it in the builder</source>
        <translation>太大，無法寫成一個運算式：請在建構器中修改</translation>
    </message>
    <message>
        <source>in the values</source>
        <translation>在變數值中</translation>
    </message>
    <message>
        <source>in the expression</source>
        <translation>在運算式中</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>第 {n} 欄</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>✗ train or load a model first</source>
        <translation>✗ 請先訓練或載入模型</translation>
    </message>
    <message>
        <source>✗ {error}</source>
        <translation>✗ {error}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已儲存 {name}。</translation>
    </message>
    <message>
        <source>the course&apos;s model.ckpt</source>
        <translation>課程的 model.ckpt</translation>
    </message>
    <message>
        <source>Loaded {source}: ready to predict.</source>
        <translation>已載入 {source}：可以開始預測。</translation>
    </message>
    <message>
        <source>Data from {name}: {n:,} points.</source>
        <translation>資料來自 {name}：共 {n:,} 個點。</translation>
    </message>
    <message>
        <source>✗ could not read {name}: {reason}</source>
        <translation>✗ 無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>✗ could not export: {error}</source>
        <translation>✗ 無法匯出：{error}</translation>
    </message>
    <message>
        <source>✗ could not export {name}: {reason}</source>
        <translation>✗ 無法匯出 {name}：{reason}</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>已匯出 {name}。</translation>
    </message>
    <message>
        <source>✗ type a number for x, or numbers separated by commas</source>
        <translation>✗ 請為 x 輸入一個數字，或以逗號分隔的多個數字</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python 程式 (*.py)</translation>
    </message>
    <message>
        <source>{input} → y = {y:.6g}</source>
        <translation>{input} → y = {y:.6g}</translation>
    </message>
    <message>
        <source>could not save {name}: {reason}</source>
        <translation>無法儲存 {name}：{reason}</translation>
    </message>
    <message>
        <source>could not read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Points from {name}: {n:,} ({a} and {b}).</source>
        <translation>來自 {name} 的資料點：{n:,} 個（{a} 與 {b}）。</translation>
    </message>
    <message>
        <source>Saved the points in {name}.</source>
        <translation>已把資料點儲存到 {name}。</translation>
    </message>
    <message>
        <source>train or load a network first</source>
        <translation>請先訓練或載入網路</translation>
    </message>
    <message>
        <source>Loaded {name}: its network is shown.</source>
        <translation>已載入 {name}：畫面上顯示的是它的網路。</translation>
    </message>
    <message>
        <source>could not export: {error}</source>
        <translation>無法匯出：{error}</translation>
    </message>
    <message>
        <source>Points from CSV</source>
        <translation>從 CSV 匯入資料點</translation>
    </message>
    <message>
        <source>Save the points</source>
        <translation>儲存資料點</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>儲存檢查點</translation>
    </message>
    <message>
        <source>Checkpoints (*.ckpt *.pt)</source>
        <translation>檢查點 (*.ckpt *.pt)</translation>
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation>載入檢查點</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Data from CSV</source>
        <translation>從 CSV 匯入資料</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <source>Export script</source>
        <translation>匯出腳本</translation>
    </message>
</context>
<context>
    <name>FilesBox</name>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>載入…</translation>
    </message>
    <message>
        <source>Data from CSV…</source>
        <translation>從 CSV 匯入資料…</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>載入 CSV…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>儲存 CSV…</translation>
    </message>
    <message>
        <source>Save checkpoint…</source>
        <translation>儲存檢查點…</translation>
    </message>
    <message>
        <source>Load checkpoint…</source>
        <translation>載入檢查點…</translation>
    </message>
    <message>
        <source>Export script…</source>
        <translation>匯出腳本…</translation>
    </message>
    <message>
        <source>Undo point edit</source>
        <translation>復原資料點編輯</translation>
    </message>
    <message>
        <source>x, e.g. 2</source>
        <translation>x，例如 2</translation>
    </message>
    <message>
        <source>x to predict y for</source>
        <translation>要預測 y 的 x</translation>
    </message>
    <message>
        <source>or 2, 4, 8</source>
        <translation>或 2, 4, 8</translation>
    </message>
    <message>
        <source>Feature row to predict y for</source>
        <translation>要預測 y 的特徵列</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
    </message>
</context>
<context>
    <name>FitPlot</name>
    <message>
        <source>data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>要匯出的項目：</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>匯出格式</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>匯出選項</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>GraphBuilder</name>
    <message>
        <source>name</source>
        <translation>變數名稱</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>新增變數</translation>
    </message>
    <message>
        <source>Variable  (net.variable)</source>
        <translation>變數（net.variable）</translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation>名稱（選填）</translation>
    </message>
    <message>
        <source>Add operation</source>
        <translation>新增運算</translation>
    </message>
    <message>
        <source>Operation  (net.mul, net.add, ...)</source>
        <translation>運算（net.mul, net.add, ...）</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>運算</translation>
    </message>
    <message>
        <source>First input</source>
        <translation>第一個輸入</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>第二個輸入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>新名稱</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>give the variable a name</source>
        <translation>請替變數取個名稱</translation>
    </message>
    <message>
        <source>pick a node in the list first</source>
        <translation>請先在清單中選取一個節點</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>要刪除 {name} 嗎？</translation>
    </message>
    <message>
        <source>{name} is used by {users}. Deleting it deletes them too.</source>
        <translation>{users} 用到了 {name}。刪除它也會一併刪除這些節點。</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>const</source>
        <translation>常數</translation>
    </message>
    <message>
        <source>var</source>
        <translation>變數</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>匯出計算圖</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>無法產生圖形</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>gradlab computational graph</source>
        <translation>gradlab 計算圖</translation>
    </message>
</context>
<context>
    <name>GraphTab</name>
    <message>
        <source>Computational graph</source>
        <translation>計算圖</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>{name} = {value}: not a finite number</source>
        <translation>{name} = {value}：不是有限的數字</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>無法匯出：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>build {text}</source>
        <translation>建立 {text}</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>建構器</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>策略比賽</translation>
    </message>
    <message>
        <source>Build, check, code, descent and strategies panels</source>
        <translation>建立、檢查、程式碼、梯度下降與策略比賽面板</translation>
    </message>
    <message>
        <source>load {title}</source>
        <translation>載入 {title}</translation>
    </message>
    <message>
        <source>Loaded {title}</source>
        <translation>已載入 {title}</translation>
    </message>
    <message>
        <source>Keep gradients on: the next backward pass adds to the gradients already there.</source>
        <translation>保留梯度已開啟：下一次反向傳遞會累加到現有的梯度上。</translation>
    </message>
    <message>
        <source>Keep gradients off: every backward pass starts from zero, as after zero_grad().</source>
        <translation>保留梯度已關閉：每次反向傳遞都從零開始，如同呼叫 zero_grad() 之後。</translation>
    </message>
    <message>
        <source>Check ●</source>
        <translation>檢查 ●</translation>
    </message>
    <message>
        <source>The output is no longer finite: lower the learning rate and restart.</source>
        <translation>輸出已不是有限值：請降低學習率後重新開始。</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>匯出…</translation>
    </message>
</context>
<context>
    <name>HandEdits</name>
    <message>
        <source>Points can be edited once the training is stopped.</source>
        <translation>要等訓練停止後才能編輯資料點。</translation>
    </message>
    <message>
        <source>There is no point edit to undo.</source>
        <translation>沒有可以復原的資料點編輯。</translation>
    </message>
    <message>
        <source>Undone: the data set back to {name}.</source>
        <translation>已復原：資料集回到 {name}。</translation>
    </message>
    <message>
        <source>Undone: the point count back to {n:,}.</source>
        <translation>已復原：資料點數回到 {n:,}。</translation>
    </message>
    <message>
        <source>Undone: the noise back to {noise}.</source>
        <translation>已復原：雜訊回到 {noise}。</translation>
    </message>
    <message>
        <source>Undone: the seed back to {seed}.</source>
        <translation>已復原：種子回到 {seed}。</translation>
    </message>
    <message>
        <source>Point edit undone.</source>
        <translation>已復原資料點編輯。</translation>
    </message>
    <message>
        <source>Train the network first, then open a point.</source>
        <translation>請先訓練網路，再開啟資料點。</translation>
    </message>
    <message>
        <source>Not opened: the Graph tab keeps its graph.</source>
        <translation>未開啟：計算圖分頁保留原本的圖。</translation>
    </message>
    <message>
        <source>Point {n} ({x:g}, {y:g}) is in the Graph tab.</source>
        <translation>第 {n} 個資料點 ({x:g}, {y:g}) 已在「計算圖」分頁中開啟。</translation>
    </message>
    <message>
        <source>One point&apos;s computation in this network is about {count} nodes: too many boxes to follow easily (a smaller network, such as one hidden layer of 4, reads well). It replaces the Graph tab&apos;s graph (Undo there brings it back). Open it anyway?</source>
        <translation>在這個網路中，一個資料點的計算大約有 {count} 個節點：方塊太多，不容易看懂（較小的網路，例如一層 4 個神經元的隱藏層，比較好讀）。它會取代計算圖分頁中的圖（在那裡按「復原」可以找回來）。仍要開啟嗎？</translation>
    </message>
    <message>
        <source>A big graph</source>
        <translation>很大的計算圖</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>權重必須是有限的數字</translation>
    </message>
    <message>
        <source>Weight set to {value:g}: Resume to train from it.</source>
        <translation>權重已設為 {value:g}：按「繼續」就會從這裡接著訓練。</translation>
    </message>
    <message>
        <source>Weight set to {value:g}.</source>
        <translation>權重已設為 {value:g}。</translation>
    </message>
</context>
<context>
    <name>HandTableView</name>
    <message>
        <source>Hand-calculation table</source>
        <translation>手算表格</translation>
    </message>
    <message>
        <source>node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>local</source>
        <translation>局部</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>the local gradient ∂parent/∂node: one per use, separated by commas</source>
        <translation>局部梯度 ∂上層節點/∂本節點：每用一次填一個，用逗號分開</translation>
    </message>
    <message>
        <source>used by: {uses}</source>
        <translation>被這些節點使用：{uses}</translation>
    </message>
    <message>
        <source>one local gradient per use, in order, separated by commas</source>
        <translation>每用一次填一個局部梯度，依序以逗號分開</translation>
    </message>
    <message>
        <source>the output: no local gradient, its gradient is 1</source>
        <translation>這是輸出：沒有局部梯度，它的梯度是 1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>題目已給</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <source>torch could not be loaded here ({error}), so this example cannot run. The lesson above quotes the error torch 2.13 gives.</source>
        <translation>這裡無法載入 torch（{error}），所以這個範例無法執行。上方課程引用的是 torch 2.13 給出的錯誤訊息。</translation>
    </message>
    <message>
        <source># torch {version}</source>
        <translation># torch 版本 {version}</translation>
    </message>
    <message>
        <source># No error: this torch lets an integer tensor require gradients.</source>
        <translation># 沒有錯誤：這個版本的 torch 允許整數張量要求梯度。</translation>
    </message>
    <message>
        <source># The fix: a floating-point dtype</source>
        <translation># 解決方法：改用浮點數 dtype</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Show or hide the lesson for this tab</source>
        <translation>顯示或隱藏這個分頁的課程</translation>
    </message>
    <message>
        <source>Show or hide the lesson</source>
        <translation>顯示或隱藏課程</translation>
    </message>
    <message>
        <source>A lesson for this tab; its buttons set the tab up for the step being read</source>
        <translation>這個分頁的課程；其中的按鈕會把分頁設定到正在閱讀的那一步</translation>
    </message>
    <message>
        <source>What torch answered</source>
        <translation>torch 的回應</translation>
    </message>
</context>
<context>
    <name>LessonVerbs</name>
    <message>
        <source>The lesson asked for something unknown: {action}</source>
        <translation>課程要求了未知的動作：{action}</translation>
    </message>
</context>
<context>
    <name>LossHistoryPlot</name>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>損失（對數刻度）</translation>
    </message>
    <message>
        <source>↑ loss past 1e{power} from step {step:,}</source>
        <translation>↑ 從第 {step:,} 步起損失超過 1e{power}</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Some value of f is 0 or below, which a log scale cannot show: f is drawn on a linear axis. Values past the range are drawn at its edge and marked ▲ or ▼</source>
        <translation>f 有些值小於或等於 0，對數刻度無法顯示：f 改畫在線性座標軸上。超出範圍的值畫在邊緣並標上 ▲ 或 ▼</translation>
    </message>
    <message>
        <source>f (log scale)</source>
        <translation>f（對數刻度）</translation>
    </message>
    <message>
        <source>Values at or below 0 have no logarithm and are not drawn; values past the top are drawn at the top edge and marked ▲</source>
        <translation>小於或等於 0 的值沒有對數，不畫出；超過上緣的值畫在上緣並標上 ▲</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>torch, same start</source>
        <translation>torch，相同起點</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Graph</source>
        <translation>計算圖(&amp;G)</translation>
    </message>
    <message>
        <source>Gradient &amp;Descent</source>
        <translation>梯度下降(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Regression</source>
        <translation>迴歸(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Neural Network</source>
        <translation>神經網路(&amp;N)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>The graph could not be opened: {error}</source>
        <translation>無法開啟計算圖：{error}</translation>
    </message>
    <message>
        <source>One point&apos;s computation: step it forward and backward.</source>
        <translation>一個資料點的計算過程：可以一步步地正向與反向傳遞。</translation>
    </message>
    <message>
        <source>Could not set up a tab: {error}</source>
        <translation>無法設定分頁：{error}</translation>
    </message>
    <message>
        <source>The {language} translation could not be loaded.</source>
        <translation>無法載入 {language} 翻譯。</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>縮放 {percent}%</translation>
    </message>
    <message>
        <source>Could not export the figure</source>
        <translation>無法匯出圖形</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} 未儲存：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>線性</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 層</translation>
    </message>
    <message>
        <source>L{n}</source>
        <translation>L{n}</translation>
    </message>
    <message>
        <source>{title}: {count} × {activation}</source>
        <translation>{title}：{count} × {activation}</translation>
    </message>
    <message>
        <source>inputs: x1, x2</source>
        <translation>輸入：x1、x2</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>The network: its neurons&apos; maps and its weights</source>
        <translation>網路：各神經元的圖與權重</translation>
    </message>
    <message>
        <source>The neurons and weights: arrow keys choose a weight, Enter or F2 types a new one</source>
        <translation>神經元與權重：用方向鍵選擇權重，按 Enter 或 F2 輸入新值</translation>
    </message>
    <message>
        <source>Hover a line or a neuron for its weight or bias; double-click it (or select it with the arrow keys and press Enter) to type a new value; click a neuron to see its map large</source>
        <translation>將游標停在線或神經元上可看它的權重或偏差；按兩下（或用方向鍵選取後按 Enter）可輸入新的值；點一下神經元可放大檢視它的地圖</translation>
    </message>
    <message>
        <source>The output: its value over the plane (click or Esc to close)</source>
        <translation>輸出：它在平面上的值（點一下或按 Esc 關閉）</translation>
    </message>
    <message>
        <source>Layer {layer}, neuron {row}: its output over the plane (click or Esc to close)</source>
        <translation>第 {layer} 層，第 {row} 個神經元：它在平面上的輸出（點一下或按 Esc 關閉）</translation>
    </message>
    <message>
        <source>“{text}” is not a finite number: {name} keeps its value {value}</source>
        <translation>「{text}」不是有限的數字：{name} 保留原本的值 {value}</translation>
    </message>
</context>
<context>
    <name>ParameterPlot</name>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>{name} = {value:.4g} at step {step:,}</source>
        <translation>第 {step:,} 步時 {name} = {value:.4g}</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>係數</translation>
    </message>
    <message>
        <source>coefficient of {name}</source>
        <translation>{name} 的係數</translation>
    </message>
</context>
<context>
    <name>ParameterTable</name>
    <message>
        <source>The network&apos;s parameters</source>
        <translation>網路的參數</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>PlaneView</name>
    <message>
        <source>showing {shown:,} of {total:,} points</source>
        <translation>顯示 {total:,} 個點中的 {shown:,} 個</translation>
    </message>
    <message>
        <source>The plane: the points over the network&apos;s output</source>
        <translation>平面：網路輸出上的資料點</translation>
    </message>
    <message>
        <source>Click to add a point of class +1, right-click or Shift+click for class −1; drag a point to move it; click a point and press Delete to remove it; Ctrl+Z undoes</source>
        <translation>按一下可新增 +1 類的點，按右鍵或 Shift+按一下則新增 −1 類的點；拖曳點可移動它；點選一個點後按 Delete 可移除它；Ctrl+Z 可復原</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>擬合</translation>
    </message>
    <message>
        <source>Show the whole map again, as a new data set or a new run does (Home)</source>
        <translation>再次顯示整張地圖，如同新的資料集或新的訓練一樣（Home）</translation>
    </message>
    <message>
        <source>hollow: test points</source>
        <translation>空心：測試資料點</translation>
    </message>
    <message>
        <source>Open this point in the Graph tab</source>
        <translation>在計算圖分頁開啟這個點</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>移除這個點</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>繪圖選項</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降低取樣</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>格線</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>資料點</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>Predict mode</source>
        <translation>預測模式</translation>
    </message>
    <message>
        <source>Predict each backward step</source>
        <translation>預測每一步反向傳遞</translation>
    </message>
    <message>
        <source>Before each backward step is shown, type the gradient it will write; gradlab checks it (Ctrl+Shift+P)</source>
        <translation>每一步反向傳遞顯示之前，先輸入它會寫下的梯度；gradlab 會檢查（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>and each forward value</source>
        <translation>也預測每個正向的值</translation>
    </message>
    <message>
        <source>Step with Alt+Left (and Alt+Right): the step is asked first. A wrong answer is kept and marked, with what was wrong: the local derivative, the upstream gradient, or the sum over uses.</source>
        <translation>用 Alt+Left（和 Alt+Right）走一步：會先問你這一步的答案。答錯的答案會留著並標示出來，同時說明錯在哪裡：局部導數、上游梯度，或是多次使用時的加總。</translation>
    </message>
    <message>
        <source>Hand-calculation table</source>
        <translation>手算表格</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Mark the cells filled: right ones green, the first wrong one red (Ctrl+Return)</source>
        <translation>批改已填的格子：對的變綠色，第一個錯的變紅色（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the table as filled, as CSV or Markdown (for homework)</source>
        <translation>把填好的表格存成 CSV 或 Markdown（交作業用）</translation>
    </message>
    <message>
        <source>Save as Exercise…</source>
        <translation>另存為練習…</translation>
    </message>
    <message>
        <source>For a teacher: save this graph as an exercise file, with the panels the student may not see</source>
        <translation>給老師用：把這張計算圖存成練習檔，並設定學生不能看的面板</translation>
    </message>
    <message>
        <source>The table is for graphs of up to {most} nodes to fill by hand; this one has {count:,}.</source>
        <translation>表格是給最多 {most} 個節點、可以用手填的計算圖；這張有 {count:,} 個。</translation>
    </message>
</context>
<context>
    <name>Practicing</name>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Predict mode</source>
        <translation>預測模式</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The lesson&apos;s buttons wait until the exercise is over (Leave exercise…).</source>
        <translation>課程的按鈕要等練習結束才能用（離開練習…）。</translation>
    </message>
    <message>
        <source>Export the Table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} 沒有存檔：{reason}</translation>
    </message>
    <message>
        <source>Saved the table to {name}</source>
        <translation>表格已存到 {name}</translation>
    </message>
</context>
<context>
    <name>PredictBar</name>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>a number, or local · upstream (2·3)</source>
        <translation>一個數，或 局部 · 上游（2·3）</translation>
    </message>
    <message>
        <source>Type the number, or the chain rule&apos;s product: local derivative · upstream gradient (2·3), plus the gradient already there if the node had one (4 + 2·3). Enter checks it.</source>
        <translation>輸入一個數，或連鎖律的乘積：局部導數 · 上游梯度（2·3），如果這個節點原本已有梯度，再加上它（4 + 2·3）。按 Enter 檢查。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show this step without an answer (it does not count as right)</source>
        <translation>不作答直接顯示這一步（不算答對）</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <source>Take a step: it is asked before it is shown.</source>
        <translation>走一步：顯示之前會先問你。</translation>
    </message>
    <message>
        <source>{child}.g after the edge {parent} → {child} =</source>
        <translation>經過邊 {parent} → {child} 之後 {child}.g =</translation>
    </message>
    <message>
        <source>{name} =</source>
        <translation>{name} =</translation>
    </message>
    <message>
        <source>Shown: {step}</source>
        <translation>已顯示：{step}</translation>
    </message>
    <message>
        <source>The walk is complete. {score}</source>
        <translation>走完了。{score}</translation>
    </message>
    <message>
        <source>Predict mode: answer each step (Enter), or Show it; leave Predict mode to run the rest.</source>
        <translation>預測模式：每一步請作答（Enter）或按顯示；要一次跑完請先關閉預測模式。</translation>
    </message>
</context>
<context>
    <name>RaceBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Run or pause the race (F5)</source>
        <translation>執行或暫停競賽 (F5)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>One step for every optimizer still running (F6)</source>
        <translation>讓每個仍在執行的優化器前進一步 (F6)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Back to the start (Ctrl+R)</source>
        <translation>回到起點 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Race speed</source>
        <translation>競賽速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>{n} steps/s</source>
        <translation>每秒 {n} 步</translation>
    </message>
</context>
<context>
    <name>RaceLog</name>
    <message>
        <source>Optimizer whose log is shown</source>
        <translation>顯示哪個最佳化器的紀錄</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Log of</source>
        <translation>紀錄對象</translation>
    </message>
</context>
<context>
    <name>RaceTable</name>
    <message>
        <source>Optimizers&apos; positions</source>
        <translation>各優化器的位置</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>RegressionTab</name>
    <message>
        <source>Training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>正在載入 PyTorch…</translation>
    </message>
    <message>
        <source>CUDA ({name})</source>
        <translation>CUDA ({name})</translation>
    </message>
    <message>
        <source>Data made from the settings again; {name} set aside.</source>
        <translation>已依設定重新產生資料；{name} 先擱在一旁。</translation>
    </message>
    <message>
        <source>Recipe {name}: press Start.</source>
        <translation>配方 {name}：請按「開始」。</translation>
    </message>
    <message>
        <source>✗ {error}</source>
        <translation>✗ {error}</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暫停。</translation>
    </message>
    <message>
        <source>Learning rate {lr:g} from the next step.</source>
        <translation>從下一步起，學習率改為 {lr:g}。</translation>
    </message>
    <message>
        <source>Done: {n:,} steps.</source>
        <translation>完成：共 {n:,} 步。</translation>
    </message>
    <message>
        <source>Stopped at step {n:,}.</source>
        <translation>已於第 {n:,} 步停止。</translation>
    </message>
    <message>
        <source>✗ training failed: {error}</source>
        <translation>✗ 訓練失敗：{error}</translation>
    </message>
    <message>
        <source>The regression settings cannot be used: {error}</source>
        <translation>無法使用這些迴歸設定：{error}</translation>
    </message>
    <message>
        <source>Settings from the session: press Start.</source>
        <translation>已載入工作階段的設定：請按「開始」。</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Apply rate now</source>
        <translation>立即套用學習率</translation>
    </message>
    <message>
        <source>Change the learning rate of the running training from its next step</source>
        <translation>從下一步起變更進行中訓練的學習率</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>訓練進度</translation>
    </message>
    <message>
        <source>step {step:,} of {total:,} · paused</source>
        <translation>第 {step:,} 步，共 {total:,} 步 · 已暫停</translation>
    </message>
    <message>
        <source>step {step:,} of {total:,} · {rate:,.0f} steps/s</source>
        <translation>第 {step:,} 步，共 {total:,} 步 · 每秒 {rate:,.0f} 步</translation>
    </message>
    <message>
        <source>step {step:,} of {total:,} · {rate:,.0f} steps/s · {left:.0f} s left</source>
        <translation>第 {step:,} 步，共 {total:,} 步 · 每秒 {rate:,.0f} 步 · 剩餘 {left:.0f} 秒</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>RunEnding</name>
    <message>
        <source>Training from the weights shown (typed or loaded); choose the preset again, or change the seed, for a fresh start.</source>
        <translation>從畫面上的權重開始訓練（輸入或載入的）；若要重新開始，請再選一次預設或改變種子。</translation>
    </message>
    <message>
        <source>Done: {n:,} steps.</source>
        <translation>完成：共 {n:,} 步。</translation>
    </message>
    <message>
        <source>Done: loss {loss:.3g} after the last update, accuracy {accuracy}</source>
        <translation>完成：最後一次更新後損失 {loss:.3g}，準確率 {accuracy}</translation>
    </message>
    <message>
        <source>{line} (test: loss {loss:.3g}, accuracy {accuracy})</source>
        <translation>{line}（測試：損失 {loss:.3g}，準確率 {accuracy}）</translation>
    </message>
    <message>
        <source>{line}. ⚠ {note}.</source>
        <translation>{line}。⚠ {note}。</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Coefficients, learned and true</source>
        <translation>係數：學到的與真實的</translation>
    </message>
    <message>
        <source>coefficient of</source>
        <translation>係數項</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>學到的值</translation>
    </message>
    <message>
        <source>true</source>
        <translation>真實值</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>每步的損失</translation>
    </message>
    <message>
        <source>Data and the model&apos;s curve</source>
        <translation>資料與模型曲線</translation>
    </message>
    <message>
        <source>Coefficients per step</source>
        <translation>每步的係數</translation>
    </message>
    <message>
        <source>Fit and parameters</source>
        <translation>擬合與參數</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>擬合</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Highest power used, last step: x{p}; so far {shares}</source>
        <translation>上一步用到的最高次方：x{p}；目前累計 {shares}</translation>
    </message>
    <message>
        <source>Plain descent is stable below 2/λmax = {limit:.3g} (chosen: {lr:.3g}).</source>
        <translation>學習率小於 2/λmax = {limit:.3g} 時，一般梯度下降是穩定的（目前選擇：{lr:.3g}）。</translation>
    </message>
</context>
<context>
    <name>RunningTraining</name>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暫停。</translation>
    </message>
    <message>
        <source>Learning rate {lr:g} from the next step.</source>
        <translation>從下一步起，學習率改為 {lr:g}。</translation>
    </message>
    <message>
        <source>{result} ⚠ {warning}</source>
        <translation>{result} ⚠ {warning}</translation>
    </message>
    <message>
        <source>At step {died:,} the gradients had died out; they recovered by step {back:,}.</source>
        <translation>在第 {died:,} 步時梯度曾經消失；到第 {back:,} 步已恢復。</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine and torch, from the same start: their losses differ by at most {difference:.2g} over every step.</source>
        <translation>gradlab 的引擎與 torch 從相同起點出發：每一步的損失相差至多 {difference:.2g}。</translation>
    </message>
    <message>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <source>Training… (the gradients, dead since step {died:,}, recovered)</source>
        <translation>訓練中…（自第 {died:,} 步消失的梯度已恢復）</translation>
    </message>
    <message>
        <source>Stopped at step {n:,}.</source>
        <translation>已於第 {n:,} 步停止。</translation>
    </message>
    <message>
        <source>training failed: {error}</source>
        <translation>訓練失敗：{error}</translation>
    </message>
</context>
<context>
    <name>SaveExerciseDialog</name>
    <message>
        <source>Save as Exercise</source>
        <translation>另存為練習</translation>
    </message>
    <message>
        <source>Predict each step</source>
        <translation>預測每一步</translation>
    </message>
    <message>
        <source>Fill in the table</source>
        <translation>填寫表格</translation>
    </message>
    <message>
        <source>Ask each forward value too</source>
        <translation>也要問每個正向的值</translation>
    </message>
    <message>
        <source>Only the inputs&apos; values</source>
        <translation>只給輸入的值</translation>
    </message>
    <message>
        <source>Every value (find the gradients)</source>
        <translation>給所有的值（只求梯度）</translation>
    </message>
    <message>
        <source>Check (torch&apos;s gradients)</source>
        <translation>檢查（torch 的梯度）</translation>
    </message>
    <message>
        <source>Code (the programs)</source>
        <translation>程式碼（程式）</translation>
    </message>
    <message>
        <source>The step log</source>
        <translation>步驟紀錄</translation>
    </message>
    <message>
        <source>A note to the student (optional)</source>
        <translation>給學生的說明（可不填）</translation>
    </message>
    <message>
        <source>Build, Strategies and Descent are always closed in an exercise.</source>
        <translation>練習中一定會關閉建立、策略和梯度下降面板。</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>學生要</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>題目給</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>The note is longer than {limit:,} characters.</source>
        <translation>說明超過 {limit:,} 個字元。</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name}[*] — gradlab</source>
        <translation>{name}[*] — gradlab</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>無法儲存工作階段</translation>
    </message>
    <message>
        <source>{name} was not saved: {reason}</source>
        <translation>{name} 未儲存：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>無法開啟工作階段</translation>
    </message>
    <message>
        <source>{name} could not be shown completely: {error}</source>
        <translation>{name} 無法完整顯示：{error}</translation>
    </message>
    <message>
        <source>{name} was not opened: its {part} part could not be checked ({error})</source>
        <translation>沒有開啟 {name}：無法檢查它的「{part}」部分（{error}）</translation>
    </message>
    <message>
        <source>{name} was not opened: showing it failed ({error}); the work on screen is as it was</source>
        <translation>沒有開啟 {name}：顯示時失敗（{error}）；畫面上的工作維持原樣</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已開啟 {name}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>gradlab sessions (*.gradlab)</source>
        <translation>gradlab 工作階段 (*.gradlab)</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>儲存練習</translation>
    </message>
    <message>
        <source>Could not save the exercise</source>
        <translation>無法儲存練習</translation>
    </message>
    <message>
        <source>Saved the exercise {name}: a student opens it with File → Open Session</source>
        <translation>練習已存成 {name}：學生用「檔案 → 開啟工作階段」打開它</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>gradlab sessions (*.gradlab);;All files (*)</source>
        <translation>gradlab 工作階段 (*.gradlab);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to {name} first?</source>
        <translation>要先儲存對 {name} 的變更嗎？</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>沒有最近的工作階段</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Recipe and settings</source>
        <translation>配方與設定</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>torch.manual_seed(N); random.seed(N) before the model is made: same N, same losses</source>
        <translation>建立模型前先執行 torch.manual_seed(N); random.seed(N)：N 相同，損失就相同</translation>
    </message>
    <message>
        <source>y as an expression of x</source>
        <translation>以 x 的運算式表示 y</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Target y =</source>
        <translation>目標 y =</translation>
    </message>
    <message>
        <source>Noise on y</source>
        <translation>y 的雜訊</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>資料點數</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hidden width</source>
        <translation>隱藏層寬度</translation>
    </message>
    <message>
        <source>Data and network</source>
        <translation>資料與網路</translation>
    </message>
    <message>
        <source>The seed of the data, the split and the first weights: same seed, same run</source>
        <translation>資料、訓練／測試分割與初始權重的隨機種子：種子相同，訓練過程就相同</translation>
    </message>
    <message>
        <source>The share of the points kept out of training (drawn hollow)</source>
        <translation>不參與訓練的資料點比例（畫成空心）</translation>
    </message>
    <message>
        <source>also the biases</source>
        <translation>也包含偏差值</translation>
    </message>
    <message>
        <source>micrograd&apos;s demo regularizes every parameter; the guide only the weights a and b</source>
        <translation>micrograd 的範例對每個參數都做正則化；Hacker&apos;s guide 只對權重 a 和 b 做</translation>
    </message>
    <message>
        <source>From file {name}</source>
        <translation>來自檔案 {name}</translation>
    </message>
    <message>
        <source>Edited points</source>
        <translation>編輯過的資料點</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設範例</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>測試點</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隱藏層數</translation>
    </message>
    <message>
        <source>Neurons per layer</source>
        <translation>每層神經元數</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激勵函數</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>L2 strength</source>
        <translation>L2 強度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>Rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>計算引擎</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Forward step ▶</source>
        <translation>正向一步 ▶</translation>
    </message>
    <message>
        <source>compute the next node</source>
        <translation>計算下一個節點</translation>
    </message>
    <message>
        <source>◀ Backward step</source>
        <translation>◀ 反向一步</translation>
    </message>
    <message>
        <source>send the gradient along the next edge</source>
        <translation>沿下一條邊傳遞梯度</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>退回一步</translation>
    </message>
    <message>
        <source>undo the last step</source>
        <translation>復原上一步</translation>
    </message>
    <message>
        <source>Run forward</source>
        <translation>正向跑完</translation>
    </message>
    <message>
        <source>compute every node</source>
        <translation>計算所有節點</translation>
    </message>
    <message>
        <source>Run backward</source>
        <translation>反向跑完</translation>
    </message>
    <message>
        <source>finish both passes</source>
        <translation>完成正向與反向傳遞</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>start a new walk from the first node</source>
        <translation>從第一個節點重新開始走訪</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>take a step at a time, at the speed set</source>
        <translation>依設定的速度一次走一步</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>fit the graph to the view</source>
        <translation>縮放計算圖以符合視窗大小</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出圖…</translation>
    </message>
    <message>
        <source>save the drawing as PNG or SVG</source>
        <translation>將圖存成 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Play speed: steps per second</source>
        <translation>播放速度：每秒步數</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Keep gradients</source>
        <translation>保留梯度</translation>
    </message>
    <message>
        <source>On: a new backward pass adds to the gradients already there instead of starting from zero. That is what forgetting zero_grad() does in PyTorch.</source>
        <translation>開啟時：新的反向傳遞會累加到現有的梯度上，而不是從零開始。這正是在 PyTorch 中忘了呼叫 zero_grad() 的效果。</translation>
    </message>
    <message>
        <source>gradients pile up, as without zero_grad()</source>
        <translation>梯度會累加，如同沒呼叫 zero_grad()</translation>
    </message>
</context>
<context>
    <name>StepLog</name>
    <message>
        <source>Step log</source>
        <translation>步驟紀錄</translation>
    </message>
    <message>
        <source>Every step&apos;s chain-rule sentence appears here.</source>
        <translation>每一步的連鎖律說明會顯示在這裡。</translation>
    </message>
    <message>
        <source>— new walk —</source>
        <translation>— 新的走訪 —</translation>
    </message>
    <message>
        <source>   ↳ {pattern}</source>
        <translation>   ↳ {pattern}</translation>
    </message>
</context>
<context>
    <name>StrategiesPanel</name>
    <message>
        <source>Three ways to make the output larger, from the graph&apos;s values: random tries, the numerical gradient (one forward pass per input) and the analytic gradient (one backward pass), the last two taking one step up, as in Karpathy&apos;s Hacker&apos;s guide.</source>
        <translation>從計算圖目前的值出發，用三種方法讓輸出變大：隨機嘗試、數值梯度（每個輸入一次前向傳遞）和解析梯度（一次反向傳遞）；後兩者各往上走一步，如同 Karpathy 的 Hacker&apos;s guide。</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>步長</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Tweak</source>
        <translation>擾動量</translation>
    </message>
    <message>
        <source>The gradients&apos; step up: each input moves by step × ∂output/∂input</source>
        <translation>梯度方法往上走的步長：每個輸入移動「步長 × ∂輸出/∂輸入」</translation>
    </message>
    <message>
        <source>The numerical gradient&apos;s nudge: (f(x + h) − f(x)) / h</source>
        <translation>數值梯度的微小變動量：(f(x + h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Random search moves every input by up to ± tweak in each try</source>
        <translation>隨機搜尋在每次嘗試中，把每個輸入移動至多 ± 擾動量</translation>
    </message>
    <message>
        <source>How many random tries; the best one is kept</source>
        <translation>隨機嘗試的次數；保留最好的一次</translation>
    </message>
    <message>
        <source>The random tries&apos; seed: the same seed, the same tries</source>
        <translation>隨機嘗試的種子：種子相同，嘗試就相同</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Race the three</source>
        <translation>讓三種方法比賽</translation>
    </message>
    <message>
        <source>Race on a copy of the graph: the graph itself does not change</source>
        <translation>在計算圖的副本上比賽：計算圖本身不會改變</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>unrounded</source>
        <translation>未捨入</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>傳遞次數</translation>
    </message>
    <message>
        <source>new inputs</source>
        <translation>新的輸入</translation>
    </message>
    <message>
        <source>The new output as the guide prints it: 2 decimals, or 4 significant digits below 1, cut, not rounded</source>
        <translation>照 guide 的寫法顯示新的輸出：小數點後 2 位，小於 1 時取 4 位有效數字，直接截斷而不四捨五入</translation>
    </message>
    <message>
        <source>What each needed to choose its step; the gradients then take one more forward pass to compute the new output</source>
        <translation>各方法決定這一步所需的傳遞次數；梯度方法之後還要再做一次前向傳遞才算得出新的輸出</translation>
    </message>
    <message>
        <source>The three strategies&apos; results</source>
        <translation>三種方法的結果</translation>
    </message>
    <message>
        <source>Strategies race</source>
        <translation>策略比賽</translation>
    </message>
    <message>
        <source>{field} must be a number, like {example}.</source>
        <translation>{field}必須是數字，例如 {example}。</translation>
    </message>
    <message>
        <source>{field} must be a positive number no larger than 1e6.</source>
        <translation>{field}必須是不大於 1e6 的正數。</translation>
    </message>
    <message>
        <source>From {inputs}: output {output}</source>
        <translation>從 {inputs} 出發：輸出 {output}</translation>
    </message>
    <message>
        <source>Race the three strategies to see which climbs most, and at what cost.</source>
        <translation>讓三種方法比賽，看看哪一種爬得最高、代價又是多少。</translation>
    </message>
</context>
<context>
    <name>TorchTab</name>
    <message>
        <source>PyTorch is still loading; try again in a moment.</source>
        <translation>PyTorch 仍在載入中，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>TrainTestPlot</name>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>檢視方塊選項</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>滑鼠模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三鍵</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>單鍵</translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <source>The walk is complete: Reset (Ctrl+R) starts a new one.</source>
        <translation>走訪已完成：按「重設」(Ctrl+R) 重新開始。</translation>
    </message>
    <message>
        <source>The forward pass is done: Backward step (Alt+Left) goes on.</source>
        <translation>前向傳遞已完成：用「反向一步」(Alt+Left) 繼續。</translation>
    </message>
    <message>
        <source>Finish the forward pass first: Forward step (Alt+Right).</source>
        <translation>請先完成前向傳遞：「前向一步」(Alt+Right)。</translation>
    </message>
    <message>
        <source>Nothing to step back: the walk is at its start.</source>
        <translation>沒有可以退回的步驟：走訪在起點。</translation>
    </message>
    <message>
        <source>The forward pass is already done.</source>
        <translation>前向傳遞已經完成。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>開啟工作階段(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>儲存工作階段(&amp;S)</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>另存工作階段(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>匯出圖形(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the current tab&apos;s picture as a PNG image (twice its size) or an SVG drawing</source>
        <translation>將目前分頁的圖形存成 PNG 影像（兩倍大小）或 SVG 向量圖</translation>
    </message>
    <message>
        <source>Export as &amp;Notebook…</source>
        <translation>匯出為筆記本(&amp;N)…</translation>
    </message>
    <message>
        <source>A Jupyter notebook that rebuilds the current tab&apos;s set-up and prints the same numbers</source>
        <translation>一份 Jupyter 筆記本：重建目前分頁的設定，並印出同樣的數字</translation>
    </message>
    <message>
        <source>Open &amp;Example…</source>
        <translation>開啟範例(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The course&apos;s programs: read them and run them</source>
        <translation>課程的程式：閱讀並執行它們</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close gradlab</source>
        <translation>關閉 gradlab</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show or fold the lesson beside the current tab</source>
        <translation>在目前分頁旁顯示或收合課程</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一個分頁(&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>語言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About gradlab</source>
        <translation>關於 gradlab(&amp;A)</translation>
    </message>
    <message>
        <source>Versions of gradlab and the libraries it uses</source>
        <translation>gradlab 及其使用的函式庫版本</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, tab by tab</source>
        <translation>依分頁列出所有鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Larger text and pictures, for a projector</source>
        <translation>放大文字與圖形，方便投影</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Smaller text and pictures</source>
        <translation>縮小文字與圖形</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>實際大小(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+0</source>
        <translation>Ctrl+Shift+0</translation>
    </message>
    <message>
        <source>Text and pictures at their usual size (100%)</source>
        <translation>文字與圖形回到原本大小（100%）</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>gradlab</source>
        <translation>gradlab</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>pyqtgraph</source>
        <translation>pyqtgraph</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>A lab for backpropagation and gradient descent.</source>
        <translation>反向傳播與梯度下降的實驗室。</translation>
    </message>
    <message>
        <source>About gradlab</source>
        <translation>關於 gradlab</translation>
    </message>
</context>
<context>
    <name>classify.checkpoint</name>
    <message>
        <source>{name} holds a whole PyTorch model (torch.save(model)), not a Neural Network tab checkpoint</source>
        <translation>{name} 存的是整個 PyTorch 模型（torch.save(model)），不是神經網路分頁的檢查點</translation>
    </message>
    <message>
        <source>{name} is a Regression tab checkpoint, not a Neural Network tab one</source>
        <translation>{name} 是「迴歸」分頁的檢查點，不是「神經網路」分頁的</translation>
    </message>
    <message>
        <source>{name} is not a gradlab checkpoint</source>
        <translation>{name} 不是 gradlab 的檢查點</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version is {version}</source>
        <translation>{name} 已損壞：它的格式版本是 {version}</translation>
    </message>
    <message>
        <source>{name} was written by a newer gradlab (format {version})</source>
        <translation>{name} 是由較新版的 gradlab 寫入的（格式 {version}）</translation>
    </message>
    <message>
        <source>{name} is damaged: its weights do not fit the network its set-up describes</source>
        <translation>{name} 已損壞：它的權重和它的設定所描述的網路對不上</translation>
    </message>
    <message>
        <source>it is not a table of values</source>
        <translation>它不是鍵值表</translation>
    </message>
    <message>
        <source>a setting is too long</source>
        <translation>某個設定太長</translation>
    </message>
    <message>
        <source>it has too many hidden layers</source>
        <translation>它的隱藏層太多</translation>
    </message>
    <message>
        <source>{name} is damaged: its set-up cannot be used: {error}</source>
        <translation>{name} 已損壞：它的設定無法使用：{error}</translation>
    </message>
    <message>
        <source>{name} was refused: its weight {key} is not a tensor of float numbers of the shape {shape}</source>
        <translation>已拒絕 {name}：它的權重 {key} 不是形狀為 {shape} 的浮點數張量</translation>
    </message>
    <message>
        <source>{name} is damaged: its weight {key} is not finite</source>
        <translation>{name} 已損壞：它的權重 {key} 不是有限的數</translation>
    </message>
    <message>
        <source>{name} is damaged: its loss history is not a list of at most {count} numbers</source>
        <translation>{name} 已損壞：它的損失紀錄不是最多 {count} 個數字的清單</translation>
    </message>
    <message>
        <source>{name} is damaged: its points cannot be used</source>
        <translation>{name} 已損壞：裡面的點無法使用</translation>
    </message>
    <message>
        <source>the point {given} needs two finite coordinates</source>
        <translation>點 {given} 需要兩個有限的座標</translation>
    </message>
    <message>
        <source>the model&apos;s output for {given} is {value}: not a finite number</source>
        <translation>模型對 {given} 的輸出是 {value}：不是有限的數</translation>
    </message>
</context>
<context>
    <name>classify.csv</name>
    <message>
        <source>could not read {name}: it is not a CSV file of x1, x2, label rows</source>
        <translation>無法讀取 {name}：它不是由 x1, x2, label 列組成的 CSV 檔</translation>
    </message>
    <message>
        <source>line {number}: more than {limit} points, the most gradlab takes</source>
        <translation>第 {number} 列：超過 {limit} 個點，這是 gradlab 能接受的上限</translation>
    </message>
    <message>
        <source>{name} has no points: it needs rows of x1, x2, label</source>
        <translation>{name} 沒有任何點：它需要 x1, x2, label 的資料列</translation>
    </message>
    <message>
        <source>all {count} points are class {label}: a classifier needs both classes</source>
        <translation>全部 {count} 個點都是類別 {label}：分類器需要兩個類別</translation>
    </message>
    <message>
        <source>{count} columns, not 3 (x1, x2, label)</source>
        <translation>有 {count} 欄，應為 3 欄（x1, x2, label）</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>標籤是空的</translation>
    </message>
    <message>
        <source>line {number}: a third class, {third}, after {first} and {second}: a classifier here tells two classes apart</source>
        <translation>第 {number} 列：在 {first} 和 {second} 之後出現第三個類別 {third}：這裡的分類器只分辨兩個類別</translation>
    </message>
</context>
<context>
    <name>classify.datasets</name>
    <message>
        <source>The Hacker&apos;s guide&apos;s six points</source>
        <translation>Hacker&apos;s guide 的六個點</translation>
    </message>
    <message>
        <source>AND gate (truth table)</source>
        <translation>AND 閘（真值表）</translation>
    </message>
    <message>
        <source>OR gate (truth table)</source>
        <translation>OR 閘（真值表）</translation>
    </message>
    <message>
        <source>XOR gate (truth table)</source>
        <translation>XOR 閘（真值表）</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圓形</translation>
    </message>
    <message>
        <source>XOR quadrants</source>
        <translation>XOR 象限</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>兩團高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Moons (micrograd&apos;s demo)</source>
        <translation>雙月形（micrograd 的示範）</translation>
    </message>
    <message>
        <source>there is no data set called {name}; the sets are: {names}</source>
        <translation>沒有名為 {name} 的資料集；可用的資料集有：{names}</translation>
    </message>
    <message>
        <source>the point count must be a whole number from 1 to {limit}, not {value}</source>
        <translation>點數必須是 1 到 {limit} 的整數，不能是 {value}</translation>
    </message>
    <message>
        <source>the noise must be a number from 0 to {limit}, not {value}</source>
        <translation>雜訊必須是 0 到 {limit} 的數字，不能是 {value}</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {limit}, or none, not {value}</source>
        <translation>隨機種子必須是 0 到 {limit} 的整數或不設定，不能是 {value}</translation>
    </message>
    <message>
        <source>the set {name} is fixed: it takes no point count or noise</source>
        <translation>資料集 {name} 是固定的：不能設定點數或雜訊</translation>
    </message>
</context>
<context>
    <name>classify.engine_net</name>
    <message>
        <source>gradlab&apos;s engine trains at most {limit} parameters; this network has {count}: choose PyTorch</source>
        <translation>gradlab 的引擎最多只能訓練 {limit} 個參數；這個網路有 {count} 個：請改用 PyTorch</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine trains on at most {limit} points; there are {count}: choose PyTorch</source>
        <translation>gradlab 的引擎最多只能用 {limit} 個點訓練；現在有 {count} 個：請改用 PyTorch</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine takes at most {limit} operations a step, this about {count}: choose PyTorch</source>
        <translation>gradlab 的引擎每一步最多計算 {limit} 個運算，這裡大約要 {count} 個：請改用 PyTorch</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine updates by plain gradient descent, SGD or momentum, not {name}: choose PyTorch</source>
        <translation>gradlab 的引擎只能用單純的梯度下降、SGD 或動量來更新，不能用 {name}：請改用 PyTorch</translation>
    </message>
    <message>
        <source>the weights do not fit this network ({sizes})</source>
        <translation>這些權重不符合這個網路（{sizes}）</translation>
    </message>
    <message>
        <source>every weight must be a finite number</source>
        <translation>每個權重都必須是有限的數字</translation>
    </message>
</context>
<context>
    <name>classify.gradients</name>
    <message>
        <source>the gradients of the first layers have died out: every ReLU unit of a layer is off (below 0) for every point, so no gradient passes back; try another seed, a lower learning rate, or tanh</source>
        <translation>前面幾層的梯度已經消失了：某一層的每個 ReLU 單元對每個點都是關閉的（小於 0），所以沒有梯度能往回傳；請換一個種子、降低學習率，或改用 tanh</translation>
    </message>
    <message>
        <source>the gradients of the first layers have died out (vanishing gradients: the {activation} units saturate, where their slope is near 0); try ReLU, a lower learning rate, or fewer layers</source>
        <translation>前面幾層的梯度已經消失了（梯度消失：{activation} 單元飽和了，那裡的斜率接近 0）；請試試 ReLU、降低學習率，或減少層數</translation>
    </message>
    <message>
        <source>the gradients of the first layers have died out (vanishing gradients: each sigmoid layer multiplies them by its slope, at most 1/4); try ReLU or tanh, or fewer layers</source>
        <translation>前面幾層的梯度已經消失了（梯度消失：每一層 sigmoid 都把梯度乘上它的斜率，最多 1/4）；請試試 ReLU 或 tanh，或減少層數</translation>
    </message>
    <message>
        <source>the gradients of the first layers have died out (vanishing gradients: each layer shrinks them on the way back); try ReLU, fewer layers, or another seed</source>
        <translation>前面幾層的梯度已經消失了（梯度消失：往回傳的每一層都把梯度縮小）；請試試 ReLU、減少層數，或換一個種子</translation>
    </message>
</context>
<context>
    <name>classify.keys</name>
    <message>
        <source>Blue: the class +1 side, orange: the −1 side, deeper: a larger score. Solid line: the boundary; dashed: the margins; arrows: the pulls of the wrong points.</source>
        <translation>藍色：類別 +1 的一側，橘色：−1 的一側，越深：分數越大。實線：邊界；虛線：邊距；箭頭：分錯的點的拉力。</translation>
    </message>
    <message>
        <source>Lines: blue a positive weight, orange a negative one, thicker a larger one. Each box: that neuron&apos;s output over the plane (click it to see it large).</source>
        <translation>線：藍色是正的權重，橘色是負的，越粗越大。每個方框：該神經元在平面上的輸出（點一下可放大檢視）。</translation>
    </message>
    <message>
        <source>Plane: add a point of class +1 / −1 (at the selected point, else the middle)</source>
        <translation>平面：新增類別 +1 / −1 的點（在選取的點旁，否則在中央）</translation>
    </message>
    <message>
        <source>Plane: select the next / previous point</source>
        <translation>平面：選取下一個 / 上一個點</translation>
    </message>
    <message>
        <source>Plane: move the selected point</source>
        <translation>平面：移動選取的點</translation>
    </message>
    <message>
        <source>Plane: the selected point&apos;s menu (open it in the Graph tab)</source>
        <translation>平面：選取的點的選單（在計算圖分頁開啟它）</translation>
    </message>
    <message>
        <source>Plane: remove the selected point</source>
        <translation>平面：移除選取的點</translation>
    </message>
    <message>
        <source>Plane: show the whole map again (Fit)</source>
        <translation>平面：再次顯示整張地圖（符合視窗）</translation>
    </message>
    <message>
        <source>Network: select a weight or a neuron&apos;s bias</source>
        <translation>網路：選取一個權重或神經元的偏差</translation>
    </message>
    <message>
        <source>Network: type a new value for it</source>
        <translation>網路：為它輸入新的值</translation>
    </message>
    <message>
        <source>Network: show the selected neuron&apos;s map large</source>
        <translation>網路：放大顯示選取的神經元的地圖</translation>
    </message>
</context>
<context>
    <name>classify.models</name>
    <message>
        <source>the weights do not fit this network ({sizes})</source>
        <translation>這些權重和這個網路（{sizes}）對不上</translation>
    </message>
    <message>
        <source>every weight must be a finite number</source>
        <translation>每個權重都必須是有限的數</translation>
    </message>
</context>
<context>
    <name>classify.names</name>
    <message>
        <source>{name}: layer {layer}, the bias of neuron {neuron}</source>
        <translation>{name}：第 {layer} 層，神經元 {neuron} 的偏差</translation>
    </message>
    <message>
        <source>{name}: layer {layer}, into neuron {neuron} from {source}</source>
        <translation>{name}：第 {layer} 層，從 {source} 到神經元 {neuron}</translation>
    </message>
</context>
<context>
    <name>classify.notes</name>
    <message>
        <source>no straight line separates these points: a linear model cannot classify them all; try a hidden layer</source>
        <translation>沒有任何一條直線能分開這些資料點：線性模型無法把它們全部分對；試試加一個隱藏層</translation>
    </message>
    <message>
        <source>the loss grew from {first:.3g} to {last:.3g}: the learning rate is too large for this set-up; try a lower one</source>
        <translation>損失從 {first:.3g} 增加到 {last:.3g}：對這個設定來說學習率太大了；試試小一點的</translation>
    </message>
</context>
<context>
    <name>classify.one_point</name>
    <message>
        <source>a point&apos;s class must be +1 or -1</source>
        <translation>點的類別必須是 +1 或 -1</translation>
    </message>
    <message>
        <source>the point&apos;s coordinates must be finite numbers</source>
        <translation>點的座標必須是有限的數字</translation>
    </message>
    <message>
        <source>one point&apos;s computation in this network is about {count} nodes; a graph has at most {limit}</source>
        <translation>這個網路對一個點的計算大約有 {count} 個節點；一張計算圖最多有 {limit} 個</translation>
    </message>
</context>
<context>
    <name>classify.points</name>
    <message>
        <source>{points} points but {labels} labels</source>
        <translation>有 {points} 個點，卻有 {labels} 個標籤</translation>
    </message>
    <message>
        <source>there are already {limit} points, the most gradlab takes</source>
        <translation>已經有 {limit} 個點，這是 gradlab 能接受的上限</translation>
    </message>
    <message>
        <source>there is no point {number} (there are {count})</source>
        <translation>沒有第 {number} 個點（共有 {count} 個）</translation>
    </message>
    <message>
        <source>a point&apos;s class is +1 or -1, not {label}</source>
        <translation>點的類別是 +1 或 -1，不能是 {label}</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限的數字</translation>
    </message>
    <message>
        <source>{value} is too far out: coordinates are at most {limit} in size</source>
        <translation>{value} 離得太遠：座標的絕對值最多是 {limit}</translation>
    </message>
    <message>
        <source>a point needs two finite coordinates of at most {limit} in size, not ({x}, {y})</source>
        <translation>點需要兩個絕對值不超過 {limit} 的有限座標，不能是 ({x}, {y})</translation>
    </message>
    <message>
        <source>there are no points: choose a data set, open a CSV file or click on the plane</source>
        <translation>沒有任何點：請選擇資料集、開啟 CSV 檔，或在平面上點一下</translation>
    </message>
    <message>
        <source>{count} points: gradlab trains on at most {limit}</source>
        <translation>{count} 個點：gradlab 最多只能用 {limit} 個點訓練</translation>
    </message>
    <message>
        <source>point {number} is at ({x}, {y}): {problem}</source>
        <translation>第 {number} 個點在 ({x}, {y})：{problem}</translation>
    </message>
    <message>
        <source>all {count} points are class {name}: a classifier needs both classes</source>
        <translation>全部 {count} 個點都是類別 {name}：分類器需要兩個類別</translation>
    </message>
    <message>
        <source>the only point is class {name}: a classifier needs both classes</source>
        <translation>唯一的點是類別 {name}：分類器需要兩個類別</translation>
    </message>
    <message>
        <source>the test share must be from 0 to {limit} percent, not {value}</source>
        <translation>測試比例必須是 0 到 {limit} 百分比，不能是 {value}</translation>
    </message>
</context>
<context>
    <name>classify.settings</name>
    <message>
        <source>the noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>the L2 strength</source>
        <translation>L2 強度</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>unknown setting {name}</source>
        <translation>未知的設定 {name}</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} 超過 {limit} 個字元</translation>
    </message>
    <message>
        <source>these points are from {name}: a point count and noise are for the built-in sets</source>
        <translation>這些點來自 {name}：點數和雜訊只適用於內建資料集</translation>
    </message>
    <message>
        <source>the data&apos;s name must be a text of 1 to {limit} characters</source>
        <translation>資料的名稱必須是 1 到 {limit} 個字元的文字</translation>
    </message>
    <message>
        <source>it is not a table of values</source>
        <translation>它不是鍵值表</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <source>{field} must be text, not {value}</source>
        <translation>{field} 必須是文字，而不是 {value}</translation>
    </message>
    <message>
        <source>the points of {name} are missing</source>
        <translation>缺少 {name} 的點</translation>
    </message>
    <message>
        <source>The Neural Network part cannot be used: {reason}</source>
        <translation>無法使用神經網路部分：{reason}</translation>
    </message>
    <message>
        <source>the points must be a table of x1, x2, labels and classes</source>
        <translation>點必須是含有 x1、x2、labels 和 classes 的鍵值表</translation>
    </message>
    <message>
        <source>the points&apos; x1, x2 and labels must be lists</source>
        <translation>點的 x1、x2 和 labels 必須是串列</translation>
    </message>
    <message>
        <source>the points have {x1} x1, {x2} x2 and {labels} labels</source>
        <translation>這些點有 {x1} 個 x1、{x2} 個 x2 和 {labels} 個標籤</translation>
    </message>
    <message>
        <source>{count} points: gradlab takes at most {limit}</source>
        <translation>{count} 個點：gradlab 最多只接受 {limit} 個</translation>
    </message>
    <message>
        <source>point {number}&apos;s {name} must be a finite number of at most {limit} in size, not {value}</source>
        <translation>第 {number} 個點的 {name} 必須是絕對值不超過 {limit} 的有限數字，不能是 {value}</translation>
    </message>
    <message>
        <source>point {number}&apos;s label must be 1 or -1, not {value}</source>
        <translation>第 {number} 個點的標籤必須是 1 或 -1，不能是 {value}</translation>
    </message>
    <message>
        <source>the classes must be two different names of 1 to {limit} characters</source>
        <translation>類別必須是兩個不同的名稱，每個 1 到 {limit} 個字元</translation>
    </message>
</context>
<context>
    <name>classify.setup</name>
    <message>
        <source>linear classifier: a·x + b·y + c</source>
        <translation>線性分類器：a·x + b·y + c</translation>
    </message>
    <message>
        <source>one sigmoid neuron: σ(a·x + b·y + c)</source>
        <translation>單一 sigmoid 神經元：σ(a·x + b·y + c)</translation>
    </message>
    <message>
        <source>the guide&apos;s 2-layer net: three ReLU units</source>
        <translation>指南的兩層網路：三個 ReLU 單元</translation>
    </message>
    <message>
        <source>MLP: 1 to 6 hidden layers of 1 to 16 neurons</source>
        <translation>MLP：1 到 6 個隱藏層，每層 1 到 16 個神經元</translation>
    </message>
    <message>
        <source>hinge (max margin): max(0, 1 − y·score)</source>
        <translation>hinge（最大間隔）：max(0, 1 − y·score)</translation>
    </message>
    <message>
        <source>logistic (binary cross-entropy)</source>
        <translation>logistic（二元交叉熵）</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方誤差</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>linear (none)</source>
        <translation>線性（不用激活函數）</translation>
    </message>
    <message>
        <source>hand-written: p -= lr * p.grad</source>
        <translation>手寫更新：p -= lr * p.grad</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>帶動量的 SGD</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>falling: lr·(1 − 0.9·k/steps), as micrograd&apos;s demo</source>
        <translation>遞減：lr·(1 − 0.9·k/steps)，和 micrograd 的示範一樣</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine (scalar values)</source>
        <translation>gradlab 自己的引擎（純量 Value）</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>the number of points</source>
        <translation>資料點數</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>the noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>the test share</source>
        <translation>測試點比例</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <source>the activation</source>
        <translation>激勵函數</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>the L2 strength</source>
        <translation>L2 強度</translation>
    </message>
    <message>
        <source>the L2 of the biases</source>
        <translation>偏差值的 L2</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>the rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>the number of steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>the engine</source>
        <translation>計算引擎</translation>
    </message>
    <message>
        <source>the set-up is not a table of values</source>
        <translation>這組設定不是鍵值表</translation>
    </message>
    <message>
        <source>unknown setting {name}</source>
        <translation>未知的設定 {name}</translation>
    </message>
    <message>
        <source>{field} must name a data set or a CSV file</source>
        <translation>{field}必須是一個資料集的名稱或一個 CSV 檔</translation>
    </message>
    <message>
        <source>{field} cannot be {value}; the choices are {choices}</source>
        <translation>{field}不能是 {value}；可選的有 {choices}</translation>
    </message>
    <message>
        <source>{field} must be at least 0 and below 1</source>
        <translation>{field}必須大於或等於 0 且小於 1</translation>
    </message>
    <message>
        <source>{field} must be true or false</source>
        <translation>{field}必須是 true 或 false</translation>
    </message>
    <message>
        <source>{field} must be a number from 0 to {max}</source>
        <translation>{field}必須是 0 到 {max} 之間的數</translation>
    </message>
    <message>
        <source>{field} must be {low} to {high} layers</source>
        <translation>{field}必須是 {low} 到 {high} 層</translation>
    </message>
    <message>
        <source>{field} must each have {low} to {high} neurons (whole numbers)</source>
        <translation>{field}的每一層必須有 {low} 到 {high} 個神經元（整數）</translation>
    </message>
    <message>
        <source>The guide&apos;s six points, a linear classifier</source>
        <translation>指南的六個點，線性分類器</translation>
    </message>
    <message>
        <source>The guide&apos;s six points, its 2-layer net</source>
        <translation>指南的六個點，它的兩層網路</translation>
    </message>
    <message>
        <source>AND gate, one sigmoid neuron</source>
        <translation>AND 閘，單一 sigmoid 神經元</translation>
    </message>
    <message>
        <source>OR gate, one sigmoid neuron</source>
        <translation>OR 閘，單一 sigmoid 神經元</translation>
    </message>
    <message>
        <source>XOR gate, one neuron (it cannot)</source>
        <translation>XOR 閘，單一神經元（學不會）</translation>
    </message>
    <message>
        <source>XOR gate, a 2-2-1 network</source>
        <translation>XOR 閘，2-2-1 網路</translation>
    </message>
    <message>
        <source>XOR gate, a 2-2-1 network from a bad start</source>
        <translation>XOR 閘，從不好的起點出發的 2-2-1 網路</translation>
    </message>
    <message>
        <source>Circle, one hidden layer of 8 tanh units</source>
        <translation>圓形，一個有 8 個 tanh 單元的隱藏層</translation>
    </message>
    <message>
        <source>Spiral, three tanh layers of 16</source>
        <translation>螺旋，三個各有 16 個 tanh 單元的隱藏層</translation>
    </message>
    <message>
        <source>micrograd&apos;s demo: moons, 2-16-16-1, max margin</source>
        <translation>micrograd 的示範：moons，2-16-16-1，最大間隔</translation>
    </message>
</context>
<context>
    <name>classify.training</name>
    <message>
        <source>gradlab&apos;s engine trains on every point at each step: set the batch to 0</source>
        <translation>gradlab 的引擎每一步都用全部的點訓練：請把批次（batch）設為 0</translation>
    </message>
    <message>
        <source>gradlab&apos;s engine cannot train a network in this version: choose PyTorch</source>
        <translation>這個版本的 gradlab 引擎無法訓練網路：請選擇 PyTorch</translation>
    </message>
    <message>
        <source>loss became {loss} at step 0, before any update: the model&apos;s output on these points is too large for float64; scale the points down</source>
        <translation>第 0 步、還沒有任何更新時，損失就變成 {loss}：模型在這些點上的輸出超出 float64 的範圍；請把點的座標縮小</translation>
    </message>
    <message>
        <source>loss became {loss} at step {step}: a value in the model overflowed float64 while the loss was {previous:.3g} (it had not grown, so this is not the learning rate)</source>
        <translation>第 {step} 步損失變成 {loss}：損失為 {previous:.3g} 時模型中有數值超出 float64 的範圍（損失並未增加，所以不是學習率的問題）</translation>
    </message>
</context>
<context>
    <name>classify.training_process</name>
    <message>
        <source>the training process ended unexpectedly; press Start to train again</source>
        <translation>訓練程序意外結束；請按「開始」再訓練一次</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>could not read {name}: it has more than {count} lines</source>
        <translation>無法讀取 {name}：它超過 {count} 行</translation>
    </message>
    <message>
        <source>{not_csv} (it is not UTF-8 text)</source>
        <translation>{not_csv}（它不是 UTF-8 文字檔）</translation>
    </message>
    <message>
        <source>{problem} (separate the columns with commas)</source>
        <translation>{problem}（請用逗號分隔各欄）</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是數字</translation>
    </message>
    <message>
        <source>line {number}: {error}</source>
        <translation>第 {number} 列：{error}</translation>
    </message>
    <message>
        <source>{rows}; and more</source>
        <translation>{rows}；還有更多</translation>
    </message>
    <message>
        <source>{count} bad rows or more, nothing loaded: {rows}</source>
        <translation>{count} 列以上有錯，沒有載入任何資料：{rows}</translation>
    </message>
    <message>
        <source>{rows}; and {count} more</source>
        <translation>{rows}；另外還有 {count} 列</translation>
    </message>
    <message>
        <source>{count} bad row(s), nothing loaded: {rows}</source>
        <translation>有 {count} 列資料有誤，未載入任何資料：{rows}</translation>
    </message>
</context>
<context>
    <name>descent.curvature</name>
    <message>
        <source>Quadratic with f&apos;&apos; = {high} &gt; 0: plain descent converges for learning rates below 2/λmax = {limit} (chosen: {chosen}).</source>
        <translation>二次函數，f&apos;&apos; = {high} &gt; 0：學習率低於 2/λmax = {limit} 時，一般梯度下降會收斂（目前：{chosen}）。</translation>
    </message>
    <message>
        <source>Quadratic with a positive definite Hessian (eigenvalues {low} and {high}): plain descent converges for learning rates below 2/λmax = {limit} (chosen: {chosen}).</source>
        <translation>二次函數，Hessian 正定（特徵值 {low} 與 {high}）：學習率低於 2/λmax = {limit} 時，一般梯度下降會收斂（目前：{chosen}）。</translation>
    </message>
    <message>
        <source>Quadratic with a positive semidefinite Hessian (eigenvalues 0 and {high}): a line of minima. Plain descent converges to it for learning rates below 2/λmax = {limit} (chosen: {chosen}).</source>
        <translation>二次函數，Hessian 半正定（特徵值 0 與 {high}）：最小值構成一條直線。學習率低於 2/λmax = {limit} 時，一般梯度下降會收斂到這條線上（目前：{chosen}）。</translation>
    </message>
    <message>
        <source>Quadratic with a positive semidefinite Hessian (eigenvalues 0 and {high}) but no minimum: f falls for ever along a line. Below 2/λmax = {limit} (chosen: {chosen}) plain descent stays steady across that line, but it never stops.</source>
        <translation>二次函數，Hessian 半正定（特徵值 0 與 {high}）但沒有最小值：f 沿著一條直線永遠下降。學習率低於 2/λmax = {limit} 時（目前：{chosen}），一般梯度下降在橫越那條線的方向上保持穩定，但永遠不會停下。</translation>
    </message>
    <message>
        <source>Indefinite Hessian (eigenvalues {low} and {high}): a saddle, with no minimum. Along the direction of the negative eigenvalue f falls for ever, so descent moves away there whatever the learning rate: 2/λmax does not apply.</source>
        <translation>Hessian 不定（特徵值 {low} 與 {high}）：鞍點，沒有最小值。沿著負特徵值的方向 f 永遠下降，所以不論學習率多少，梯度下降都會朝那個方向離開：2/λmax 不適用。</translation>
    </message>
    <message>
        <source>Concave (f&apos;&apos; = {low} &lt; 0): f has no minimum, and descent moves away whatever the learning rate: 2/λmax does not apply.</source>
        <translation>凹函數（f&apos;&apos; = {low} &lt; 0）：f 沒有最小值，不論學習率多少，梯度下降都會離開：2/λmax 不適用。</translation>
    </message>
    <message>
        <source>Concave (Hessian eigenvalues {low} and {high}, none positive): f has no minimum, and descent moves away whatever the learning rate: 2/λmax does not apply.</source>
        <translation>凹函數（Hessian 特徵值 {low} 與 {high}，沒有正的）：f 沒有最小值，不論學習率多少，梯度下降都會離開：2/λmax 不適用。</translation>
    </message>
    <message>
        <source>Linear: f has no minimum, and every optimizer walks downhill for ever. Its curvature is 0, so no learning-rate limit applies.</source>
        <translation>線性函數：f 沒有最小值，每個最佳化器都會永遠往下走。它的曲率是 0，所以沒有學習率的上限可言。</translation>
    </message>
    <message>
        <source>Constant: the gradient is 0 everywhere, so no optimizer moves.</source>
        <translation>常數：梯度處處為 0，所以沒有任何最佳化器會移動。</translation>
    </message>
    <message>
        <source>Not smooth: f uses abs, relu, norm, max or min, whose kinks (where the argument of abs, relu or norm is 0, where the two of max or min are equal) have no Hessian. There the gradient jumps, so no learning-rate limit applies, and a fixed step can hop around a kink for ever.</source>
        <translation>不平滑：f 用到 abs、relu、norm、max 或 min，它們的折點（abs、relu 或 norm 的參數為 0 處，max 或 min 的兩個參數相等處）沒有 Hessian。梯度在那裡會跳動，所以沒有學習率的上限可言，固定的步長可能在折點附近永遠跳來跳去。</translation>
    </message>
    <message>
        <source>The Hessian is not worked out: the function&apos;s numbers are too large, too small or too long to follow exactly, so no learning-rate limit is given.</source>
        <translation>沒有算出 Hessian：這個函數的數字太大、太小或太長，無法精確追蹤，所以不提供學習率上限。</translation>
    </message>
    <message>
        <source>Not a quadratic: the Hessian changes from place to place, so no single learning rate is safe everywhere.</source>
        <translation>不是二次函數：Hessian 隨位置改變，所以沒有單一學習率能處處安全。</translation>
    </message>
</context>
<context>
    <name>descent.function</name>
    <message>
        <source>use x and y as the variables, not {names}</source>
        <translation>請用 x 和 y 當變數，而不是 {names}</translation>
    </message>
    <message>
        <source>This function is costly to compute, so its curve is drawn with {points} points instead of {wanted}.</source>
        <translation>這個函數計算起來很費時，所以曲線以 {points} 個點繪製，而不是 {wanted} 個。</translation>
    </message>
    <message>
        <source>This function is costly to compute, so its map is drawn on {points}×{points} points instead of {wanted}×{wanted}.</source>
        <translation>這個函數計算起來很費時，所以地圖以 {points}×{points} 個點繪製，而不是 {wanted}×{wanted}。</translation>
    </message>
</context>
<context>
    <name>descent.optimizers</name>
    <message>
        <source>unknown optimizer {kind}; choose from {choices}</source>
        <translation>未知的優化器 {kind}；請從以下選擇：{choices}</translation>
    </message>
</context>
<context>
    <name>descent.presets</name>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量法（Momentum）</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>net2: x² + y²</source>
        <translation>net2：x² + y²</translation>
    </message>
    <message>
        <source>torchGd1: x² − 4x + 4</source>
        <translation>torchGd1：x² − 4x + 4</translation>
    </message>
    <message>
        <source>torchGd3: ‖(x, y)‖</source>
        <translation>torchGd3：‖(x, y)‖</translation>
    </message>
    <message>
        <source>A cone: its gradient has length 1 everywhere, so a fixed step hops around the tip forever.</source>
        <translation>圓錐：它的梯度長度處處都是 1，所以固定步長會在尖端附近永遠來回跳動。</translation>
    </message>
    <message>
        <source>Rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>A long curved valley: easy to find, slow to follow to the minimum at (1, 1).</source>
        <translation>一條狹長彎曲的山谷：很容易找到，但要沿著它走到 (1, 1) 的最小值卻很慢。</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <source>Himmelblau</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Saddle: x² − y²</source>
        <translation>鞍點：x² − y²</translation>
    </message>
    <message>
        <source>Flat at the origin but no minimum: descent slides in along x and away along y.</source>
        <translation>在原點是平的，卻沒有最小值：梯度下降會沿 x 方向滑進來，再沿 y 方向滑出去。</translation>
    </message>
</context>
<context>
    <name>descent.race</name>
    <message>
        <source>Start needs {n} number(s), like 1, 3.</source>
        <translation>起點需要 {n} 個數字，例如 1, 3。</translation>
    </message>
    <message>
        <source>{name}: the learning rate must be a positive number.</source>
        <translation>{name}：學習率必須是正數。</translation>
    </message>
    <message>
        <source>Momentum must be at least 0 and below 1.</source>
        <translation>動量必須大於或等於 0 且小於 1。</translation>
    </message>
    <message>
        <source>The tolerance must be 0 or a positive number.</source>
        <translation>容許誤差必須是 0 或正數。</translation>
    </message>
    <message>
        <source>The descent part is not a table of values.</source>
        <translation>梯度下降部分不是鍵值表。</translation>
    </message>
    <message>
        <source>The descent part is damaged: a setting has the wrong type.</source>
        <translation>梯度下降部分已損壞：某項設定的型別錯誤。</translation>
    </message>
    <message>
        <source>The descent part is damaged: its {key} is not a whole number from {low} to {high}.</source>
        <translation>梯度下降的部分已損壞：它的 {key} 不是 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <source>The descent part names an unknown optimizer: {name}.</source>
        <translation>梯度下降部分指定了未知的最佳化器：{name}。</translation>
    </message>
    <message>
        <source>The descent part names an unknown preset: {name}.</source>
        <translation>梯度下降部分指定了未知的預設範例：{name}。</translation>
    </message>
    <message>
        <source>The descent function cannot be read: {error}</source>
        <translation>無法讀取梯度下降的函數：{error}</translation>
    </message>
</context>
<context>
    <name>descent.run</name>
    <message>
        <source>{function} takes {dims} start value(s), not {count}</source>
        <translation>{function} 需要 {dims} 個起點值，而不是 {count} 個</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number</source>
        <translation>學習率必須是正數</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>converged at step {n}</source>
        <translation>於第 {n} 步收斂</translation>
    </message>
    <message>
        <source>stopped after {n} steps</source>
        <translation>{n} 步後停止</translation>
    </message>
    <message>
        <source>diverged at step {n}</source>
        <translation>於第 {n} 步發散</translation>
    </message>
    <message>
        <source>left f&apos;s domain at step {n}</source>
        <translation>第 {n} 步離開了 f 的定義域</translation>
    </message>
    <message>
        <source>overflow at step {n}</source>
        <translation>第 {n} 步溢位</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <source>f is not defined at the start point</source>
        <translation>f 在起點沒有定義</translation>
    </message>
    <message>
        <source>f overflows at the start point</source>
        <translation>f 在起點溢位</translation>
    </message>
    <message>
        <source>({point}) lies outside f&apos;s domain: f or its gradient is not defined there. Start somewhere else.</source>
        <translation>({point}) 在 f 的定義域之外：f 或其梯度在那裡沒有定義。請換個起點。</translation>
    </message>
    <message>
        <source>step {n} moved to ({point}), where f or its gradient is not defined.</source>
        <translation>第 {n} 步移到 ({point})，f 或其梯度在那裡沒有定義。</translation>
    </message>
    <message>
        <source>at ({point}) f or its gradient is too large for float64. Start somewhere else.</source>
        <translation>在 ({point})，f 或其梯度超出 float64 的範圍。請換個起點。</translation>
    </message>
    <message>
        <source>at ({point}) f or its gradient became too large for float64.</source>
        <translation>在 ({point})，f 或其梯度變得超出 float64 的範圍。</translation>
    </message>
    <message>
        <source>the point left every bound (a coordinate past 1e6).</source>
        <translation>點跑出了所有邊界（有座標超過 1e6）。</translation>
    </message>
    <message>
        <source>f has a minimum: lower the learning rate.</source>
        <translation>f 有最小值：請降低學習率。</translation>
    </message>
    <message>
        <source>f has no minimum, so no learning rate would stop it.</source>
        <translation>f 沒有最小值，任何學習率都擋不住它。</translation>
    </message>
    <message>
        <source>f rose on the way: the steps overshoot, and a lower learning rate may help.</source>
        <translation>f 在途中上升：步伐衝過頭了，降低學習率或許有幫助。</translation>
    </message>
    <message>
        <source>|grad| fell below {tolerance}.</source>
        <translation>|grad| 已低於 {tolerance}。</translation>
    </message>
</context>
<context>
    <name>engine.explain</name>
    <message>
        <source>{name} = {formula} = {numbers} = {value}</source>
        <extracomment>A forward step, e.g. &quot;x2 = x * x = 1 * 1 = 1&quot;: the node, its formula in names, in numbers, its value.</extracomment>
        <translation>{name} = {formula} = {numbers} = {value}</translation>
    </message>
    <message>
        <source>{name}.g = ∂{name}/∂{name} = 1</source>
        <extracomment>The backward pass starts: the output&apos;s gradient with respect to itself is 1 (&quot;o.g = ∂o/∂o = 1&quot;).</extracomment>
        <translation>{name}.g = ∂{name}/∂{name} = 1</translation>
    </message>
    <message>
        <source>{child}.g += ∂{parent}/∂{child} {times} {parent}.g = {local} {times} {upstream} {arrow} {grad}</source>
        <extracomment>One backward edge, the chain rule: child.g += ∂parent/∂child × parent.g = local × upstream → new grad.</extracomment>
        <translation>{child}.g += ∂{parent}/∂{child} {times} {parent}.g = {local} {times} {upstream} {arrow} {grad}</translation>
    </message>
    <message>
        <source>{child} is the larger input ({mine} &gt; {other}): max passes it the whole gradient; {rival} gets 0</source>
        <translation>{child} 是較大的輸入（{mine} &gt; {other}）：max 把整個梯度傳給它；{rival} 得到 0</translation>
    </message>
    <message>
        <source>{child} is the smaller input ({mine} &lt; {other}): max passes it nothing; {rival} gets the whole gradient</source>
        <translation>{child} 是較小的輸入（{mine} &lt; {other}）：max 不傳任何梯度給它；{rival} 得到整個梯度</translation>
    </message>
    <message>
        <source>{child} is the smaller input ({mine} &lt; {other}): min passes it the whole gradient; {rival} gets 0</source>
        <translation>{child} 是較小的輸入（{mine} &lt; {other}）：min 把整個梯度傳給它；{rival} 得到 0</translation>
    </message>
    <message>
        <source>{child} is the larger input ({mine} &gt; {other}): min passes it nothing; {rival} gets the whole gradient</source>
        <translation>{child} 是較大的輸入（{mine} &gt; {other}）：min 不傳任何梯度給它；{rival} 得到整個梯度</translation>
    </message>
    <message>
        <source>a tie ({mine} = {other}): {op} gives each input half of the gradient, as torch does</source>
        <translation>平手（{mine} = {other}）：{op} 像 torch 一樣，給每個輸入一半的梯度</translation>
    </message>
    <message>
        <source>an input is nan, neither larger nor smaller: {op} passes the whole gradient to both, as torch does</source>
        <translation>有一個輸入是 nan，既不較大也不較小：{op} 像 torch 一樣，把整個梯度傳給兩個輸入</translation>
    </message>
    <message>
        <source>{step}  — {why}</source>
        <extracomment>A backward step through max or min, then why that input got what it got.</extracomment>
        <translation>{step}&#x3000;——{why}</translation>
    </message>
</context>
<context>
    <name>engine.expr</name>
    <message>
        <source>{message} (column {column})</source>
        <extracomment>A mistake in an expression, and the column (1 = the first character) where it is.</extracomment>
        <translation>{message}（第 {column} 個字元）</translation>
    </message>
    <message>
        <source>attributes (a.b) are not allowed</source>
        <translation>不允許使用屬性（a.b）</translation>
    </message>
    <message>
        <source>indexing (a[b]) is not allowed</source>
        <translation>不允許使用索引（a[b]）</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>不允許使用 lambda</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>不允許使用比較運算</translation>
    </message>
    <message>
        <source>and/or are not allowed</source>
        <translation>不允許使用 and/or</translation>
    </message>
    <message>
        <source>if/else is not allowed</source>
        <translation>不允許使用 if/else</translation>
    </message>
    <message>
        <source>comprehensions are not allowed</source>
        <translation>不允許使用推導式（comprehension）</translation>
    </message>
    <message>
        <source>assignments are not allowed</source>
        <translation>不允許使用賦值</translation>
    </message>
    <message>
        <source>lists are not allowed</source>
        <translation>不允許使用串列（list）</translation>
    </message>
    <message>
        <source>tuples are not allowed (use one expression)</source>
        <translation>不允許使用元組（tuple）：請只寫一個運算式</translation>
    </message>
    <message>
        <source>dictionaries are not allowed</source>
        <translation>不允許使用字典（dict）</translation>
    </message>
    <message>
        <source>sets are not allowed</source>
        <translation>不允許使用集合（set）</translation>
    </message>
    <message>
        <source>strings are not allowed</source>
        <translation>不允許使用字串</translation>
    </message>
    <message>
        <source>* arguments are not allowed</source>
        <translation>不允許使用 * 引數</translation>
    </message>
    <message>
        <source>await is not allowed</source>
        <translation>不允許使用 await</translation>
    </message>
    <message>
        <source>yield is not allowed</source>
        <translation>不允許使用 yield</translation>
    </message>
    <message>
        <source>slices are not allowed</source>
        <translation>不允許使用切片（slice）</translation>
    </message>
    <message>
        <source>^ is not a power here: write x**2</source>
        <translation>這裡的 ^ 不是次方：請寫成 x**2</translation>
    </message>
    <message>
        <source>@ is not supported</source>
        <translation>不支援 @</translation>
    </message>
    <message>
        <source>% is not supported</source>
        <translation>不支援 %</translation>
    </message>
    <message>
        <source>// is not supported: use /</source>
        <translation>不支援 //：請改用 /</translation>
    </message>
    <message>
        <source>&amp; is not supported</source>
        <translation>不支援 &amp;</translation>
    </message>
    <message>
        <source>| is not supported</source>
        <translation>不支援 |</translation>
    </message>
    <message>
        <source>&lt;&lt; is not supported</source>
        <translation>不支援 &lt;&lt;</translation>
    </message>
    <message>
        <source>&gt;&gt; is not supported</source>
        <translation>不支援 &gt;&gt;</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>語法錯誤</translation>
    </message>
    <message>
        <source>Perhaps you forgot a comma?</source>
        <translation>是不是少了逗號？</translation>
    </message>
    <message>
        <source>&apos;(&apos; was never closed</source>
        <translation>&apos;(&apos; 缺少對應的右括號</translation>
    </message>
    <message>
        <source>&apos;[&apos; was never closed</source>
        <translation>&apos;[&apos; 缺少對應的右括號</translation>
    </message>
    <message>
        <source>&apos;{&apos; was never closed</source>
        <translation>&apos;{&apos; 缺少對應的右括號</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; 沒有對應的左括號</translation>
    </message>
    <message>
        <source>unmatched &apos;]&apos;</source>
        <translation>&apos;]&apos; 沒有對應的左括號</translation>
    </message>
    <message>
        <source>unmatched &apos;}&apos;</source>
        <translation>&apos;}&apos; 沒有對應的左括號</translation>
    </message>
    <message>
        <source>invalid decimal literal</source>
        <translation>無效的十進位數字寫法</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>無效的十六進位數字寫法</translation>
    </message>
    <message>
        <source>invalid octal literal</source>
        <translation>無效的八進位數字寫法</translation>
    </message>
    <message>
        <source>invalid binary literal</source>
        <translation>無效的二進位數字寫法</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>運算式的巢狀層次太深</translation>
    </message>
    <message>
        <source>the expression has more than {limit} nodes, the most gradlab takes: write it shorter</source>
        <extracomment>{limit} is 5,000: numbers, variables and operations counted together.</extracomment>
        <translation>運算式超過 {limit} 個節點，這是 gradlab 能處理的上限：請寫短一點</translation>
    </message>
    <message>
        <source>a number in the expression has too many digits</source>
        <translation>運算式中有數字的位數太多</translation>
    </message>
    <message>
        <source>{value} is a complex number: only real numbers are allowed</source>
        <translation>{value} 是複數：只能使用實數</translation>
    </message>
    <message>
        <source>{value} is not a number: only numbers are allowed</source>
        <translation>{value} 不是數字：只能使用數字</translation>
    </message>
    <message>
        <source>an expression must be text</source>
        <translation>運算式必須是文字</translation>
    </message>
    <message>
        <source>the expression is too long ({length} characters, at most {limit})</source>
        <translation>運算式太長（{length} 個字元，最多 {limit} 個）</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>運算式是空的</translation>
    </message>
    <message>
        <source>write the expression on one line</source>
        <translation>請把運算式寫在同一行</translation>
    </message>
    <message>
        <source>a broken character ({char}) cannot stand in an expression</source>
        <translation>運算式裡不能有損壞的字元（{char}）</translation>
    </message>
    <message>
        <source>a control character ({char}) cannot stand in an expression</source>
        <translation>運算式裡不能有控制字元（{char}）</translation>
    </message>
    <message>
        <source>something must follow the last {sign}</source>
        <translation>最後一個 {sign} 後面缺少內容</translation>
    </message>
    <message>
        <source>the expression ends too soon</source>
        <translation>運算式還沒寫完就結束了</translation>
    </message>
    <message>
        <source>this operator is not supported</source>
        <translation>不支援這個運算子</translation>
    </message>
    <message>
        <source>only - and + can stand before a value</source>
        <translation>值的前面只能放 - 或 +</translation>
    </message>
    <message>
        <source>only the functions {functions} can be called</source>
        <translation>只能呼叫這些函數：{functions}</translation>
    </message>
    <message>
        <source>unknown function {name}(); known: {functions}</source>
        <translation>未知的函數 {name}()；可用的函數：{functions}</translation>
    </message>
    <message>
        <source>{name}() takes no named arguments</source>
        <translation>{name}() 不接受具名引數</translation>
    </message>
    <message>
        <source>{name}() takes {arity} argument, not {count}</source>
        <translation>{name}() 需要 {arity} 個引數，不是 {count} 個</translation>
    </message>
    <message>
        <source>{name}() takes {arity} arguments, not {count}</source>
        <extracomment>max() and min(): {arity} is 2, {count} how many arguments were written.</extracomment>
        <translation>{name}() 需要 {arity} 個引數，而不是 {count} 個</translation>
    </message>
    <message>
        <source>{name}() needs at least one argument</source>
        <translation>{name}() 至少需要一個引數</translation>
    </message>
    <message>
        <source>{kind} is not allowed in an expression</source>
        <translation>運算式中不允許使用 {kind}</translation>
    </message>
    <message>
        <source>strings are not allowed: only numbers</source>
        <translation>不允許使用字串：只能用數字</translation>
    </message>
    <message>
        <source>{name} is a function: call it as {name}(...)</source>
        <translation>{name} 是函數：請寫成 {name}(...) 來呼叫</translation>
    </message>
    <message>
        <source>{name} cannot be a variable name</source>
        <translation>{name} 不能當作變數名稱</translation>
    </message>
    <message>
        <source>values must be text</source>
        <translation>變數值必須是文字</translation>
    </message>
    <message>
        <source>the values are too long</source>
        <translation>變數值太長</translation>
    </message>
    <message>
        <source>write each value as name=number, not {text}</source>
        <translation>每個值請寫成「名稱=數字」，而不是 {text}</translation>
    </message>
    <message>
        <source>{name} is not a variable name</source>
        <translation>{name} 不是變數名稱</translation>
    </message>
    <message>
        <source>{name} is given twice</source>
        <translation>{name} 的值給了兩次</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}：{message}</translation>
    </message>
    <message>
        <source>{name}: a value must be a number</source>
        <translation>{name}：值必須是數字</translation>
    </message>
</context>
<context>
    <name>engine.graph</name>
    <message>
        <source>unknown operation {op}</source>
        <translation>未知的運算 {op}</translation>
    </message>
    <message>
        <source>{op} takes {arity} inputs, not {count}</source>
        <translation>{op} 需要 {arity} 個輸入，而不是 {count} 個</translation>
    </message>
    <message>
        <source>the graph has no output</source>
        <translation>計算圖沒有輸出</translation>
    </message>
    <message>
        <source>a graph needs a list of nodes</source>
        <translation>計算圖需要一個節點串列</translation>
    </message>
    <message>
        <source>not a node</source>
        <translation>不是節點</translation>
    </message>
    <message>
        <source>an input refers to a later or missing node</source>
        <translation>有個輸入指向後面的節點或不存在的節點</translation>
    </message>
    <message>
        <source>node {number}: {error}</source>
        <translation>第 {number} 個節點：{error}</translation>
    </message>
    <message>
        <source>the name is {value}, not text</source>
        <translation>名稱是 {value}，不是文字</translation>
    </message>
    <message>
        <source>the name {name} is {length:,} characters long (at most {limit})</source>
        <translation>名稱 {name} 長 {length:,} 個字元（最多 {limit} 個）</translation>
    </message>
    <message>
        <source>{name} is not a valid name: use letters, digits and _, not starting with a digit</source>
        <translation>{name} 不是有效的名稱：請使用英文字母、數字和 _，且不能以數字開頭</translation>
    </message>
    <message>
        <source>{name} is a Python keyword, not a name</source>
        <translation>{name} 是 Python 的關鍵字，不能當名稱</translation>
    </message>
    <message>
        <source>{name} cannot be a name: names starting with __ are Python&apos;s own</source>
        <translation>{name} 不能當名稱：以 __ 開頭的名稱是 Python 自己用的</translation>
    </message>
    <message>
        <source>{name} is not a valid name: Python reads it as {normal}</source>
        <translation>{name} 不是有效的名稱：Python 會把它讀成 {normal}</translation>
    </message>
    <message>
        <source>{name} is the name of a function</source>
        <translation>{name} 是函數的名稱</translation>
    </message>
    <message>
        <source>an integer of about {digits:,} digits</source>
        <translation>一個約 {digits:,} 位數的整數</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>一個 {kind}</translation>
    </message>
    <message>
        <source>a graph has at most {limit:,} nodes</source>
        <translation>一張計算圖最多有 {limit:,} 個節點</translation>
    </message>
    <message>
        <source>a graph&apos;s operations have at most {limit:,} inputs in all</source>
        <translation>一張計算圖的運算合計最多有 {limit:,} 個輸入</translation>
    </message>
    <message>
        <source>the graph has {count:,} nodes; {limit}</source>
        <translation>這張計算圖有 {count:,} 個節點；{limit}</translation>
    </message>
    <message>
        <source>the output refers to a missing node</source>
        <translation>輸出指向不存在的節點</translation>
    </message>
    <message>
        <source>its inputs are not a list of node numbers</source>
        <translation>它的輸入不是節點編號的清單</translation>
    </message>
    <message>
        <source>it has no {key}</source>
        <translation>它沒有 {key}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是數字</translation>
    </message>
    <message>
        <source>{value} is too large for a number gradlab computes with</source>
        <translation>{value} 太大，不是 gradlab 能計算的數字</translation>
    </message>
    <message>
        <source>the name {name} is already used</source>
        <translation>名稱 {name} 已被使用</translation>
    </message>
    <message>
        <source>no value given for {names}</source>
        <translation>沒有給定 {names} 的值</translation>
    </message>
    <message>
        <source>the value of {name} must be a number</source>
        <translation>{name} 的值必須是數字</translation>
    </message>
</context>
<context>
    <name>figure_export</name>
    <message>
        <source>Export Figure</source>
        <translation>匯出圖形</translation>
    </message>
    <message>
        <source>This tab has no picture to export.</source>
        <translation>這個分頁沒有可匯出的圖形。</translation>
    </message>
    <message>
        <source>{name} was not saved: a figure is a .png or an .svg file</source>
        <translation>{name} 未儲存：圖形須為 .png 或 .svg 檔</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>無法產生圖形</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>it is a folder</source>
        <translation>它是資料夾</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>它不是一般檔案（而是裝置、管道或通訊端）</translation>
    </message>
    <message>
        <source>it is larger than {limit}, the most gradlab reads for a {kind}</source>
        <translation>它大於 {limit}，這是 gradlab 讀取{kind}的上限</translation>
    </message>
    <message>
        <source>could not read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 檔</translation>
    </message>
    <message>
        <source>example</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <source>the folder {folder} does not take new files</source>
        <translation>資料夾 {folder} 不接受新檔案</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>資料夾 {folder} 是唯讀的</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>裝置上沒有剩餘空間</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} 是資料夾</translation>
    </message>
    <message>
        <source>a part of {path} is not a folder</source>
        <translation>{path} 中有一段不是資料夾</translation>
    </message>
</context>
<context>
    <name>graph.answers</name>
    <message>
        <source>type a number, or the chain rule&apos;s product such as 2·3</source>
        <translation>請輸入一個數，或像 2·3 這樣的連鎖律乘積</translation>
    </message>
    <message>
        <source>an answer is a number, or at most three of them</source>
        <translation>答案是一個數，最多三個數</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type the gradient (6), or the product local · upstream (2·3), plus what the gradient held before if it had one (4 + 2·3)</source>
        <translation>「{text}」不是數：請輸入梯度（6），或乘積 局部 · 上游（2·3），如果梯度原本已有值，再加上它（4 + 2·3）</translation>
    </message>
    <message>
        <source>Not yet: the upstream gradient is wrong. The gradient that flows into this edge is {parent}.g = {upstream}; multiply the local derivative by it.</source>
        <translation>還不對：上游梯度錯了。流進這條邊的梯度是 {parent}.g = {upstream}；請把局部導數乘上它。</translation>
    </message>
    <message>
        <source>Not yet: {child} already has a gradient, {child}.g = {previous} (from its other use): a variable used twice adds up, so this edge&apos;s part is added to it.</source>
        <translation>還不對：{child} 已經有梯度 {child}.g = {previous}（來自它的另一次使用）：用了兩次的變數梯度要累加，所以這條邊的部分要加上去。</translation>
    </message>
    <message>
        <source>Not yet: {child}.g is already {previous}, kept from the last backward pass (Keep gradients is on): this edge&apos;s part is added to it.</source>
        <translation>還不對：{child}.g 已經是 {previous}，是上一次反向傳遞留下來的（保留梯度已開啟）：這條邊的部分要加上去。</translation>
    </message>
    <message>
        <source>Not yet: {value} is not a finite number; this gradient is.</source>
        <translation>還不對：{value} 不是有限的數；這個梯度是。</translation>
    </message>
    <message>
        <source>Give at least three significant digits: {typed} is the gradient rounded, too short to check.</source>
        <translation>請至少寫三位有效數字：{typed} 是梯度四捨五入後的值，太短無法檢查。</translation>
    </message>
    <message>
        <source>Not yet: check the local derivative. For {parent} = {formula}, ∂{parent}/∂{child} = {rule}, here {local}; the gradient is that times {parent}.g.</source>
        <translation>還不對：請檢查局部導數。對 {parent} = {formula} 來說，∂{parent}/∂{child} = {rule}，這裡是 {local}；梯度就是它乘上 {parent}.g。</translation>
    </message>
    <message>
        <source>Right: {child}.g = {grad}.</source>
        <translation>答對了：{child}.g = {grad}。</translation>
    </message>
    <message>
        <source>Right: {name} = {value}.</source>
        <translation>答對了：{name} = {value}。</translation>
    </message>
    <message>
        <source>Not yet: {name} = {formula}; compute it from the values of {inputs}.</source>
        <translation>還不對：{name} = {formula}；請用 {inputs} 的值算出來。</translation>
    </message>
    <message>
        <source>Right at the first try: {right} of {answered}</source>
        <translation>第一次就答對：{answered} 題中 {right} 題</translation>
    </message>
</context>
<context>
    <name>graph.check</name>
    <message>
        <source>{node}: a division by zero (its divisor is 0)</source>
        <translation>{node}：除以零（除數為 0）</translation>
    </message>
    <message>
        <source>{node} = log({a}): a value outside the function&apos;s domain (log needs a positive number)</source>
        <translation>{node} = log({a})：超出函數定義域的值（log 需要正數）</translation>
    </message>
    <message>
        <source>{node} = sqrt({a}): a value outside the function&apos;s domain (sqrt of a negative number)</source>
        <translation>{node} = sqrt({a})：超出函數定義域的值（負數的 sqrt）</translation>
    </message>
    <message>
        <source>{node} = sqrt(0): its derivative 1/(2·sqrt(0)) is infinite at the domain&apos;s edge</source>
        <translation>{node} = sqrt(0)：在定義域的邊緣，它的導數 1/(2·sqrt(0)) 是無限大</translation>
    </message>
    <message>
        <source>{node}: a negative number to a fractional power, a value outside the function&apos;s domain</source>
        <translation>{node}：負數的分數次方，超出函數定義域的值</translation>
    </message>
    <message>
        <source>{node} = {op}(0): a kink, where the derivative is not defined: torch and gradlab take 0 there, central differences average the two sides</source>
        <translation>{node} = {op}(0)：折點，導數在此沒有定義：torch 與 gradlab 在此取 0，中央差分取兩側的平均</translation>
    </message>
    <message>
        <source>{node} = {op}({a}, {a}): a tie, a kink where the derivative is not defined: torch and gradlab give each input half of the gradient, and central differences, averaging the two sides, find the same</source>
        <translation>{node} = {op}({a}, {a})：平手，是導數沒有定義的折點：torch 與 gradlab 給每個輸入一半的梯度，中央差分取兩側的平均，也得到相同的結果</translation>
    </message>
    <message>
        <source>{node} = {value}: an overflow, a number too large for floating point</source>
        <translation>{node} = {value}：溢位，數值太大，浮點數放不下</translation>
    </message>
</context>
<context>
    <name>graph.codegen</name>
    <message>
        <source>a node&apos;s value is not a number</source>
        <translation>某個節點的值不是數字</translation>
    </message>
    <message>
        <source>no program for this graph: {problem}</source>
        <translation>無法為這張計算圖產生程式：{problem}</translation>
    </message>
    <message>
        <source>no program for this graph: an unknown operation</source>
        <translation>無法為這張計算圖產生程式：有未知的運算</translation>
    </message>
</context>
<context>
    <name>graph.document</name>
    <message>
        <source>The graph part is not a table of values.</source>
        <extracomment>A new backward pass adds to the leaves&apos; gradients instead of starting at 0 (no zero_grad()).</extracomment>
        <translation>計算圖部分不是鍵值表。</translation>
    </message>
    <message>
        <source>The graph cannot be built: {error}</source>
        <translation>無法建立計算圖：{error}</translation>
    </message>
    <message>
        <source>The graph part&apos;s Keep gradients is not true or false.</source>
        <translation>計算圖部分的「保留梯度」不是 true 或 false。</translation>
    </message>
    <message>
        <source>open session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>new graph</source>
        <translation>新的計算圖</translation>
    </message>
    <message>
        <source>add variable {name}</source>
        <translation>新增變數 {name}</translation>
    </message>
    <message>
        <source>unknown operation {op}</source>
        <translation>未知的運算 {op}</translation>
    </message>
    <message>
        <source>add {name} = {op}</source>
        <translation>新增 {name} = {op}</translation>
    </message>
    <message>
        <source>rename {old} to {new}</source>
        <translation>將 {old} 重新命名為 {new}</translation>
    </message>
    <message>
        <source>{name} is computed, not a variable: its value comes from its inputs</source>
        <translation>{name} 是計算出來的節點，不是變數：它的值來自它的輸入</translation>
    </message>
    <message>
        <source>set {name} = {value}</source>
        <translation>設定 {name} = {value}</translation>
    </message>
    <message>
        <source>delete {name}</source>
        <translation>刪除 {name}</translation>
    </message>
    <message>
        <source>the name {name} is already used</source>
        <translation>名稱 {name} 已被使用</translation>
    </message>
    <message>
        <source>there is no node called {name}</source>
        <extracomment>Functions the expression language gained after sessions were first saved. A node that an older session names so (a name allowed then) is opened as ``max_`` (``max__`` if that is taken).</extracomment>
        <translation>沒有名為 {name} 的節點</translation>
    </message>
</context>
<context>
    <name>graph.exercise</name>
    <message>
        <source>Predict each step</source>
        <translation>預測每一步</translation>
    </message>
    <message>
        <source>Fill in the table</source>
        <translation>填寫表格</translation>
    </message>
    <message>
        <source>the exercise part is not a set of settings</source>
        <translation>練習的部分不是一組設定</translation>
    </message>
    <message>
        <source>the exercise has a setting this gradlab does not know: {name}</source>
        <translation>練習裡有這個版本的 gradlab 不認得的設定：{name}</translation>
    </message>
    <message>
        <source>the exercise&apos;s mode must be {modes}</source>
        <translation>練習的模式必須是 {modes}</translation>
    </message>
    <message>
        <source>the exercise&apos;s “values” must be true or false</source>
        <translation>練習的「values」必須是 true 或 false</translation>
    </message>
    <message>
        <source>the exercise&apos;s “given” must be {choices}</source>
        <translation>練習的「given」必須是 {choices}</translation>
    </message>
    <message>
        <source>the exercise may hide only these panels: {panels}</source>
        <translation>練習只能隱藏這些面板：{panels}</translation>
    </message>
    <message>
        <source>the exercise&apos;s note must be text</source>
        <translation>練習的說明必須是文字</translation>
    </message>
    <message>
        <source>the exercise&apos;s note is longer than {limit:,} characters</source>
        <translation>練習的說明超過 {limit:,} 個字元</translation>
    </message>
    <message>
        <source>an exercise needs a graph with an output</source>
        <translation>練習需要一張有輸出的計算圖</translation>
    </message>
    <message>
        <source>an exercise needs a graph with at least one operation</source>
        <translation>練習需要一張至少有一個運算的計算圖</translation>
    </message>
</context>
<context>
    <name>graph.patterns</name>
    <message>
        <source>add gate: it hands the gradient on unchanged to each input (∂/∂input = 1)</source>
        <translation>加法閘：把梯度原封不動地傳給每個輸入（∂/∂輸入 = 1）</translation>
    </message>
    <message>
        <source>subtract gate: the first input gets the gradient, the second its negative</source>
        <translation>減法閘：第一個輸入拿到梯度，第二個拿到它的負值</translation>
    </message>
    <message>
        <source>multiply gate: each input gets the gradient times the other input&apos;s value (the values swap)</source>
        <translation>乘法閘：每個輸入拿到梯度乘上另一個輸入的值（兩個值互換）</translation>
    </message>
    <message>
        <source>max gate: the whole gradient goes to the larger input, the other gets 0</source>
        <translation>max 閘：整個梯度都給比較大的輸入，另一個拿到 0</translation>
    </message>
    <message>
        <source>min gate: the whole gradient goes to the smaller input, the other gets 0</source>
        <translation>min 閘：整個梯度都給比較小的輸入，另一個拿到 0</translation>
    </message>
    <message>
        <source>a variable used twice: the gradients of its uses add up (+=)</source>
        <translation>用了兩次的變數：每次使用的梯度會加起來（+=）</translation>
    </message>
</context>
<context>
    <name>graph.presets</name>
    <message>
        <source>net1: x² + y²</source>
        <translation>net1：x² + y²</translation>
    </message>
    <message>
        <source>autograd2: ‖(x, y)‖²</source>
        <translation>autograd2：‖(x, y)‖²</translation>
    </message>
    <message>
        <source>torchGd1: x² − 4x + 4</source>
        <translation>torchGd1：x² − 4x + 4</translation>
    </message>
    <message>
        <source>Karpathy: (x + y)·z</source>
        <translation>Karpathy：(x + y)·z</translation>
    </message>
    <message>
        <source>Neuron: σ(a·x + b·y + c)</source>
        <translation>神經元：σ(a·x + b·y + c)</translation>
    </message>
    <message>
        <source>Deeper: tanh(x1·w1 + x2·w2 + b)</source>
        <translation>更深一層：tanh(x1·w1 + x2·w2 + b)</translation>
    </message>
    <message>
        <source>Guide: one gate, x·y</source>
        <translation>指南：單一個閘，x·y</translation>
    </message>
    <message>
        <source>By hand: ((2·x) + (y + 1))²</source>
        <translation>手算：((2·x) + (y + 1))²</translation>
    </message>
    <message>
        <source>Guide: max gate, max(x, y)·z</source>
        <translation>指南：max 閘，max(x, y)·z</translation>
    </message>
</context>
<context>
    <name>graph.strategies</name>
    <message>
        <source>random search</source>
        <translation>隨機搜尋</translation>
    </message>
    <message>
        <source>numerical gradient</source>
        <translation>數值梯度</translation>
    </message>
    <message>
        <source>analytic gradient</source>
        <translation>解析梯度</translation>
    </message>
    <message>
        <source>{name} must be a positive number no larger than 1e6</source>
        <translation>{name} 必須是不大於 1e6 的正數</translation>
    </message>
    <message>
        <source>the tries must be a whole number from 1 to {most:,}</source>
        <translation>嘗試次數必須是 1 到 {most:,} 的整數</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {most:,}</source>
        <translation>隨機種子必須是 0 到 {most:,} 的整數</translation>
    </message>
    <message>
        <source>1 forward + 1 backward pass</source>
        <translation>1 次前向 + 1 次反向傳遞</translation>
    </message>
    <message>
        <source>1 + {inputs} forward passes (1 per input)</source>
        <translation>1 + {inputs} 次前向傳遞（每個輸入 1 次）</translation>
    </message>
    <message>
        <source>1 forward pass</source>
        <translation>1 次前向傳遞</translation>
    </message>
    <message>
        <source>{count:,} forward passes</source>
        <translation>{count:,} 次前向傳遞</translation>
    </message>
    <message>
        <source>None of the three climbed above the start, {start}.</source>
        <translation>三種方法都沒有爬到起點 {start} 之上。</translation>
    </message>
    <message>
        <source>{name} climbed most, to {value}.</source>
        <translation>{name}爬得最高，到 {value}。</translation>
    </message>
    <message>
        <source>{first} and {second} climbed as far, to {value}.</source>
        <translation>{first}和{second}爬得一樣高，到 {value}。</translation>
    </message>
    <message>
        <source>All three climbed as far, to {value}.</source>
        <translation>三種方法爬得一樣高，到 {value}。</translation>
    </message>
    <message>
        <source>The analytic gradient needed only one backward pass after one forward pass; the numerical gradient {forward} forward passes, random search {tries:,}.</source>
        <translation>解析梯度在一次前向傳遞之後只需要一次反向傳遞；數值梯度需要 {forward} 次前向傳遞，隨機搜尋需要 {tries:,} 次。</translation>
    </message>
    <message>
        <source>The graph has no output to climb.</source>
        <translation>計算圖沒有可以往上爬的輸出。</translation>
    </message>
    <message>
        <source>The output depends on no variable: there is nothing to move.</source>
        <translation>輸出不依賴任何變數：沒有可以移動的東西。</translation>
    </message>
    <message>
        <source>This race would compute {work:,} nodes, more than {limit:,}: use fewer tries or a smaller graph.</source>
        <translation>這場比賽要計算 {work:,} 個節點，超過 {limit:,} 個：請減少嘗試次數，或改用較小的計算圖。</translation>
    </message>
    <message>
        <source>The output is {value}, not a finite number: there is nothing to climb.</source>
        <translation>輸出是 {value}，不是有限值：沒有可以往上爬的地方。</translation>
    </message>
</context>
<context>
    <name>graph.table</name>
    <message>
        <source>type one number per use, separated by commas</source>
        <translation>每用一次填一個數，用逗號分開</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>「{text}」不是數</translation>
    </message>
    <message>
        <source>{name}: its value is {formula}, from its inputs&apos; values</source>
        <translation>{name}：它的值是 {formula}，由它的輸入的值算出</translation>
    </message>
    <message>
        <source>{name} is the output: it has no local gradient (its gradient is 1)</source>
        <translation>{name} 是輸出：它沒有局部梯度（它的梯度是 1）</translation>
    </message>
    <message>
        <source>{name} is used once: type one local gradient</source>
        <translation>{name} 只用了一次：請填一個局部梯度</translation>
    </message>
    <message>
        <source>{name} is used {count} times: type one local gradient for each use, in order</source>
        <translation>{name} 被用了 {count} 次：請依序為每次使用填一個局部梯度</translation>
    </message>
    <message>
        <source>{name}: the local derivative of {parent_formula} is ∂{parent}/∂{name} = {rule}, here {local}</source>
        <translation>{name}：{parent_formula} 的局部導數是 ∂{parent}/∂{name} = {rule}，這裡是 {local}</translation>
    </message>
    <message>
        <source>{name} is the output: its gradient ∂{name}/∂{name} is 1</source>
        <translation>{name} 是輸出：它的梯度 ∂{name}/∂{name} 是 1</translation>
    </message>
    <message>
        <source>{name}: multiply {parent}.g by the local derivative ∂{parent}/∂{name} (the chain rule)</source>
        <translation>{name}：把 {parent}.g 乘上局部導數 ∂{parent}/∂{name}（連鎖律）</translation>
    </message>
    <message>
        <source>{name}: multiply the local derivative by the upstream gradient {parent}.g (the chain rule)</source>
        <translation>{name}：把局部導數乘上上游梯度 {parent}.g（連鎖律）</translation>
    </message>
    <message>
        <source>{name} is used {count} times: a variable used twice adds up, so its gradient is the sum of every use&apos;s local gradient × that use&apos;s gradient</source>
        <translation>{name} 被用了 {count} 次：用了兩次的變數梯度要累加，所以它的梯度是每次使用的局部梯度 × 該次使用的梯度之和</translation>
    </message>
    <message>
        <source>{name}: its gradient is {terms} (the chain rule, over each use)</source>
        <translation>{name}：它的梯度是 {terms}（連鎖律，對每次使用加總）</translation>
    </message>
    <message>
        <source>Row {row}: {why}</source>
        <translation>第 {row} 列：{why}</translation>
    </message>
    <message>
        <source>Every filled cell is right; {count} still to fill.</source>
        <translation>已填的格子都對了；還有 {count} 格要填。</translation>
    </message>
    <message>
        <source>Every cell is right: the table is complete.</source>
        <translation>每一格都對了：表格完成。</translation>
    </message>
    <message>
        <source>node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>算式</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>local gradient</source>
        <translation>局部梯度</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>&lt;h3&gt;Backpropagation is the chain rule&lt;/h3&gt;
&lt;p&gt;Backpropagation (short for &quot;backward propagation of errors&quot;) is the usual way to train a neural
network, together with an optimization method such as gradient descent. It computes the gradient of
the loss with respect to every weight; the optimizer then uses those gradients to change the weights
so that the loss gets smaller.&lt;/p&gt;
&lt;p&gt;Its principle is the chain rule of partial derivatives. A network is a chain of small operations.
If o depends on x only through x2, then &lt;code&gt;∂o/∂x = ∂o/∂x2 · ∂x2/∂x&lt;/code&gt;. Backpropagation applies
this rule box by box, from the output back to the inputs: each box takes the gradient that arrives
from above, multiplies it by its own local derivative and passes the product on to its inputs. Each
gradient is computed once and reused by every box below it, so the backward pass costs about as much
as the forward pass.&lt;/p&gt;
&lt;p&gt;This tab walks the course&apos;s net1.py graph step by step. To read further:
&lt;a href=&quot;http://karpathy.github.io/neuralnets/&quot;&gt;Karpathy, Hacker&apos;s guide to Neural Networks&lt;/a&gt;.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/net1&quot;&gt;▶ Load the x² + y² preset (net1.py)&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 1. Keep the HTML tags and the gradlab: links as they are.</extracomment>
        <translation>&lt;h3&gt;反向傳播就是連鎖律&lt;/h3&gt;
&lt;p&gt;反向傳播（backpropagation，「誤差反向傳播」的簡稱）是訓練神經網路最常見的方法，要和梯度下降之類的優化方法搭配使用。它會對每一個權重算出損失函數的梯度；優化器再利用這些梯度來更新權重，讓損失變小。&lt;/p&gt;
&lt;p&gt;它的原理是偏微分的連鎖律（鏈鎖規則）。神經網路就是一連串的小運算。如果 o 只透過 x2 而依賴於 x，那麼 &lt;code&gt;∂o/∂x = ∂o/∂x2 · ∂x2/∂x&lt;/code&gt;。反向傳播從輸出往回走到輸入，一個節點接一個節點地套用這條規則：每個節點把從輸出那一側傳來的梯度，乘上自己的局部導數，再把乘積傳給它的各個輸入。每個梯度只算一次，之後更靠近輸入的節點都直接拿來用，所以反向傳遞的計算量和正向傳遞差不多。&lt;/p&gt;
&lt;p&gt;這個分頁會一步一步帶你走過課程中 net1.py 的計算圖。延伸閱讀：
&lt;a href=&quot;http://karpathy.github.io/neuralnets/&quot;&gt;Karpathy，Hacker&apos;s guide to Neural Networks&lt;/a&gt;。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/net1&quot;&gt;▶ 載入 x² + y² 預設範例（net1.py）&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forward pass by hand: f = x² + y² at x = 1, y = 3&lt;/h3&gt;
&lt;p&gt;net1.py builds the graph one box at a time:&lt;/p&gt;
&lt;pre&gt;x  = net.variable(1)
y  = net.variable(3)
x2 = net.mul(x, x)
y2 = net.mul(y, y)
o  = net.add(x2, y2)&lt;/pre&gt;
&lt;p&gt;The forward pass computes every box from its inputs, left to right. Each step writes one line in
the log:&lt;/p&gt;
&lt;pre&gt;x2 = x · x = 1 · 1 = 1
y2 = y · y = 3 · 3 = 9
o = x2 + y2 = 1 + 9 = 10&lt;/pre&gt;
&lt;p&gt;So f = o = 10, which net1.py prints as &lt;code&gt;net.forward()= 10&lt;/code&gt;. (Typed as the expression
&lt;code&gt;x*x + y*y&lt;/code&gt;, the same graph calls x·x and y·y n1 and n2.)&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/reset&quot;&gt;↺ Start again&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/forward&quot;&gt;▶ One forward step&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-forward&quot;&gt;▶▶ Run forward&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 2: the forward pass of net1.py. The lines in &lt;pre&gt; are the tab&apos;s log.</extracomment>
        <translation>&lt;h3&gt;手算正向傳遞：x = 1、y = 3 時的 f = x² + y²&lt;/h3&gt;
&lt;p&gt;net1.py 一次建立一個節點，把計算圖搭起來：&lt;/p&gt;
&lt;pre&gt;x  = net.variable(1)
y  = net.variable(3)
x2 = net.mul(x, x)
y2 = net.mul(y, y)
o  = net.add(x2, y2)&lt;/pre&gt;
&lt;p&gt;正向傳遞由左到右，根據每個節點的輸入算出它的值。每走一步，就會在紀錄中寫下一行：&lt;/p&gt;
&lt;pre&gt;x2 = x · x = 1 · 1 = 1
y2 = y · y = 3 · 3 = 9
o = x2 + y2 = 1 + 9 = 10&lt;/pre&gt;
&lt;p&gt;所以 f = o = 10，也就是 net1.py 印出的 &lt;code&gt;net.forward()= 10&lt;/code&gt;。（如果改成輸入運算式
&lt;code&gt;x*x + y*y&lt;/code&gt;，同一個計算圖會把 x·x 和 y·y 命名為 n1 和 n2。）&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/reset&quot;&gt;↺ 重新開始&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/forward&quot;&gt;▶ 正向走一步&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-forward&quot;&gt;▶▶ 跑完正向傳遞&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backward pass by hand&lt;/h3&gt;
&lt;p&gt;The backward pass starts at the output, &lt;code&gt;o.g = ∂o/∂o = 1&lt;/code&gt;, and visits the boxes from
the output back. Each box adds to each input&apos;s gradient its local derivative times its own gradient:
&lt;code&gt;input.g += ∂box/∂input · box.g&lt;/code&gt;. For a sum the local derivative is 1; for a product it is
the other factor.&lt;/p&gt;
&lt;pre&gt;o.g = ∂o/∂o = 1
x2.g += ∂o/∂x2 · o.g = 1 · 1 → 1
y2.g += ∂o/∂y2 · o.g = 1 · 1 → 1
y.g += ∂y2/∂y · y2.g = 3 · 1 → 3
y.g += ∂y2/∂y · y2.g = 3 · 1 → 6
x.g += ∂x2/∂x · x2.g = 1 · 1 → 1
x.g += ∂x2/∂x · x2.g = 1 · 1 → 2&lt;/pre&gt;
&lt;p&gt;Why two lines for x? x is used twice in x·x, so two arrows go from x into x2, one per use. Along
each arrow the local derivative is the other factor, x = 1. The two contributions add up:
1 + 1 = 2 = 2x, the derivative of x². The same happens to y: 3 + 3 = 6 = 2y. That is why gradients
are added with &lt;code&gt;+=&lt;/code&gt;, never just assigned.&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;box&lt;/th&gt;&lt;th&gt;value&lt;/th&gt;&lt;th&gt;gradient g&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x2 = x · x&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y2 = y · y&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;o = x2 + y2&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;So ∂f/∂x = 2x = 2 and ∂f/∂y = 2y = 6, as net1.py prints:
&lt;code&gt;x= v:1 g:2 y= v:3 g:6 o= v:10 g:1&lt;/code&gt;.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/backward&quot;&gt;◀ One backward step&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ Run backward&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 3: the backward pass of net1.py, x used twice in x*x.</extracomment>
        <translation>&lt;h3&gt;手算反向傳遞&lt;/h3&gt;
&lt;p&gt;反向傳遞從輸出開始，&lt;code&gt;o.g = ∂o/∂o = 1&lt;/code&gt;，再從輸出往回依序走過各個節點。每個節點都會把「自己的局部導數乘上自己的梯度」加到每個輸入的梯度上：
&lt;code&gt;input.g += ∂box/∂input · box.g&lt;/code&gt;。加法的局部導數是 1；乘法的局部導數則是另一個因數。&lt;/p&gt;
&lt;pre&gt;o.g = ∂o/∂o = 1
x2.g += ∂o/∂x2 · o.g = 1 · 1 → 1
y2.g += ∂o/∂y2 · o.g = 1 · 1 → 1
y.g += ∂y2/∂y · y2.g = 3 · 1 → 3
y.g += ∂y2/∂y · y2.g = 3 · 1 → 6
x.g += ∂x2/∂x · x2.g = 1 · 1 → 1
x.g += ∂x2/∂x · x2.g = 1 · 1 → 2&lt;/pre&gt;
&lt;p&gt;為什麼 x 有兩行？因為 x·x 用了 x 兩次，所以有兩條箭頭從 x 指向 x2，每用一次就有一條。沿著每條箭頭，局部導數都是另一個因數 x = 1。兩份貢獻加起來：1 + 1 = 2 = 2x，正好是 x² 的導數。y 也一樣：3 + 3 = 6 = 2y。這就是為什麼梯度一定要用 &lt;code&gt;+=&lt;/code&gt; 累加，而不能直接指定。&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;節點&lt;/th&gt;&lt;th&gt;值&lt;/th&gt;&lt;th&gt;梯度 g&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x2 = x · x&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y2 = y · y&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;o = x2 + y2&lt;/td&gt;&lt;td&gt;10&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;所以 ∂f/∂x = 2x = 2、∂f/∂y = 2y = 6，和 net1.py 印出的結果一致：
&lt;code&gt;x= v:1 g:2 y= v:3 g:6 o= v:10 g:1&lt;/code&gt;。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/backward&quot;&gt;◀ 反向走一步&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ 跑完反向傳遞&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Check with torch and with numbers&lt;/h3&gt;
&lt;p&gt;autograd0.py and autograd1.py compute the same graph with PyTorch:&lt;/p&gt;
&lt;pre&gt;x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
f = x*x+y*y
f.backward()
print(x.grad)    # tensor(2.)
print(y.grad)    # tensor(6.)
print(f.item())  # 10.0&lt;/pre&gt;
&lt;p&gt;After the backward pass the Check panel sets each of gradlab&apos;s gradients beside torch.autograd&apos;s
(in float64) and beside central differences, (f(x + h) − f(x − h)) / 2h, which need no derivative
rules at all.&lt;/p&gt;
&lt;p&gt;torch, like net.py, adds gradients up: compute f again and call &lt;code&gt;f.backward()&lt;/code&gt;
without clearing x.grad, and x.grad becomes 4 (and y.grad 12). Tick &lt;i&gt;Keep gradients&lt;/i&gt; and walk
the passes again to watch it happen here. That is why the training scripts call
&lt;code&gt;zero_grad()&lt;/code&gt; before every &lt;code&gt;backward()&lt;/code&gt;.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ Run backward&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/check&quot;&gt;✓ Show the check&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 4: the same graph in PyTorch (autograd0.py, autograd1.py), the Check panel.</extracomment>
        <translation>&lt;h3&gt;用 torch 和數值來驗算&lt;/h3&gt;
&lt;p&gt;autograd0.py 和 autograd1.py 用 PyTorch 計算同一個計算圖：&lt;/p&gt;
&lt;pre&gt;x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
f = x*x+y*y
f.backward()
print(x.grad)    # tensor(2.)
print(y.grad)    # tensor(6.)
print(f.item())  # 10.0&lt;/pre&gt;
&lt;p&gt;反向傳遞完成後，「檢查」面板會把 gradlab 算出的每個梯度，和 torch.autograd（以 float64 計算）的結果並排，也和中央差分 (f(x + h) − f(x − h)) / 2h 並排；中央差分完全不需要任何微分規則。&lt;/p&gt;
&lt;p&gt;torch 和 net.py 一樣會把梯度累加起來：再算一次 f，然後在沒有清除 x.grad 的情況下呼叫 &lt;code&gt;f.backward()&lt;/code&gt;，x.grad 就會變成 4（y.grad 變成 12）。勾選&lt;i&gt;保留梯度&lt;/i&gt;，再把正向、反向傳遞走一遍，就能在這裡親眼看到。這就是為什麼訓練程式在每次 &lt;code&gt;backward()&lt;/code&gt; 之前，都要先呼叫
&lt;code&gt;zero_grad()&lt;/code&gt;。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ 跑完反向傳遞&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/check&quot;&gt;✓ 顯示檢查結果&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why a tensor needs a float dtype&lt;/h3&gt;
&lt;p&gt;The course&apos;s note on autograd1.py says 「浮點數才能算梯度」: only floating-point numbers can have
a gradient. torch takes the dtype from what you write: &lt;code&gt;torch.tensor(1.0)&lt;/code&gt; is float32, but
&lt;code&gt;torch.tensor(1)&lt;/code&gt; and &lt;code&gt;torch.tensor([1, 2, 3])&lt;/code&gt; are int64. A gradient says how
f changes when x moves by a tiny amount, and an integer cannot move by a tiny amount, so torch refuses
at once:&lt;/p&gt;
&lt;pre&gt;&amp;gt;&amp;gt;&amp;gt; torch.tensor([1, 2, 3], requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients&lt;/pre&gt;
&lt;p&gt;The fix: write 1.0 and 3.0, as autograd1.py does, or name the dtype:
&lt;code&gt;torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)&lt;/code&gt; gives
&lt;code&gt;tensor([1., 2., 3.], requires_grad=True)&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;regression2predict.py writes &lt;code&gt;dtype=torch.float&lt;/code&gt; for its input [[2, 4, 8]] for a
related reason: the model&apos;s weights are float32, and an int64 input fails with &quot;mat1 and mat2 must
have the same dtype, but got Long and Float&quot;.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:lesson/try-int-grad&quot;&gt;▶ Try it in torch&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 5: the seed&apos;s note on autograd1.py. Keep torch&apos;s RuntimeError in English.</extracomment>
        <translation>&lt;h3&gt;為什麼張量需要浮點數 dtype&lt;/h3&gt;
&lt;p&gt;課程筆記在 autograd1.py 旁寫著「浮點數才能算梯度」：只有浮點數才能有梯度。torch 會依照你寫下的值決定 dtype：&lt;code&gt;torch.tensor(1.0)&lt;/code&gt; 是 float32，但
&lt;code&gt;torch.tensor(1)&lt;/code&gt; 和 &lt;code&gt;torch.tensor([1, 2, 3])&lt;/code&gt; 是 int64。梯度描述的是 x 移動一點點時 f 會怎麼變化，而整數沒辦法只移動一點點，所以 torch 會當場拒絕：&lt;/p&gt;
&lt;pre&gt;&amp;gt;&amp;gt;&amp;gt; torch.tensor([1, 2, 3], requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients&lt;/pre&gt;
&lt;p&gt;這個錯誤訊息是說：只有浮點數或複數 dtype 的張量才能要求梯度。解決方法：像 autograd1.py 那樣寫成 1.0 和 3.0，或明確指定 dtype：
&lt;code&gt;torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)&lt;/code&gt; 會得到
&lt;code&gt;tensor([1., 2., 3.], requires_grad=True)&lt;/code&gt;。&lt;/p&gt;
&lt;p&gt;regression2predict.py 為輸入 [[2, 4, 8]] 寫上 &lt;code&gt;dtype=torch.float&lt;/code&gt;，也是出於類似的原因：模型的權重是 float32，如果輸入是 int64，就會出現錯誤「mat1 and mat2 must
have the same dtype, but got Long and Float」（mat1 和 mat2 的 dtype 必須相同，卻拿到 Long 和 Float）。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:lesson/try-int-grad&quot;&gt;▶ 在 torch 裡試試看&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;More graphs to practise on&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;autograd2.py: f = ‖(x, y)‖² at (1, 3), a norm box and a product n · n. Again f = 10,
∂f/∂x = 2 and ∂f/∂y = 6: another graph for the same function gives the same gradients.&lt;/li&gt;
&lt;li&gt;torchGd1.py&apos;s loss x² − 4x + 4 at x = 0: the loss is 4 and ∂loss/∂x = 2x − 4 = −4.&lt;/li&gt;
&lt;li&gt;Karpathy&apos;s (x + y) · z at x = −2, y = 5, z = −4: f = −12, ∂f/∂x = ∂f/∂y = z = −4 and
∂f/∂z = x + y = 3. An add box passes its gradient on unchanged; a multiply box hands each input the
other input&apos;s value times its gradient.&lt;/li&gt;
&lt;li&gt;A sigmoid neuron σ(a·x + b·y + c), and micrograd&apos;s deeper tanh neuron.&lt;/li&gt;
&lt;/ul&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/autograd2&quot;&gt;▶ autograd2&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/torchGd1&quot;&gt;▶ torchGd1&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/karpathy&quot;&gt;▶ (x + y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/neuron&quot;&gt;▶ Sigmoid neuron&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/tanh_neuron&quot;&gt;▶ tanh neuron&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 6: the other presets.</extracomment>
        <translation>&lt;h3&gt;更多可以練習的計算圖&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;autograd2.py：在 (1, 3) 的 f = ‖(x, y)‖²，由一個範數節點和一個乘積 n · n 組成。同樣得到 f = 10、∂f/∂x = 2、∂f/∂y = 6：同一個函數換一種計算圖，梯度還是一樣。&lt;/li&gt;
&lt;li&gt;torchGd1.py 的損失 x² − 4x + 4 在 x = 0：損失是 4，∂loss/∂x = 2x − 4 = −4。&lt;/li&gt;
&lt;li&gt;Karpathy 的 (x + y) · z，在 x = −2、y = 5、z = −4：f = −12，∂f/∂x = ∂f/∂y = z = −4，∂f/∂z = x + y = 3。加法節點把梯度原封不動地往下傳；乘法節點則交給每個輸入「另一個輸入的值乘上自己的梯度」。&lt;/li&gt;
&lt;li&gt;一個 sigmoid 神經元 σ(a·x + b·y + c)，以及 micrograd 中層數更深的 tanh 神經元。&lt;/li&gt;
&lt;/ul&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/autograd2&quot;&gt;▶ autograd2&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/torchGd1&quot;&gt;▶ torchGd1&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/karpathy&quot;&gt;▶ (x + y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/neuron&quot;&gt;▶ Sigmoid 神經元&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/tanh_neuron&quot;&gt;▶ tanh 神經元&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gradient descent&lt;/h3&gt;
&lt;p&gt;The gradient points uphill, the way f grows fastest. Gradient descent takes a small step the other
way, again and again:&lt;/p&gt;
&lt;pre&gt;p ← p − lr · ∇f(p)&lt;/pre&gt;
&lt;p&gt;torchGd1.py writes it &lt;code&gt;x -= learning_rate * x.grad&lt;/code&gt; inside
&lt;code&gt;torch.no_grad()&lt;/code&gt;, and this tab&apos;s &quot;Gradient descent&quot; does exactly that. The learning rate
lr sets the length of the step.&lt;/p&gt;
&lt;p&gt;On f = x² + y² the gradient is (2x, 2y). From (1, 3) with lr = 0.02, x ← x − 0.02 · 2x = 0.96x,
and the same for y, so f shrinks by 0.96² = 0.9216 per step: 10 → 9.216 → 8.4934656 → …, the first
lines net2.py prints.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ Load x² + y² from (1, 3)&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;Plain gradient descent only&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ Play&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Gradient Descent tab, section 1.</extracomment>
        <translation>&lt;h3&gt;梯度下降&lt;/h3&gt;
&lt;p&gt;梯度指向上坡，也就是 f 增加最快的方向。梯度下降則是朝相反方向走一小步，一次又一次地重複：&lt;/p&gt;
&lt;pre&gt;p ← p − lr · ∇f(p)&lt;/pre&gt;
&lt;p&gt;torchGd1.py 把它寫成 &lt;code&gt;x -= learning_rate * x.grad&lt;/code&gt;，放在
&lt;code&gt;torch.no_grad()&lt;/code&gt; 裡面；這個分頁的「梯度下降」做的正是同一件事。學習率 lr 決定每一步的長度。&lt;/p&gt;
&lt;p&gt;在 f = x² + y² 上，梯度是 (2x, 2y)。從 (1, 3) 出發、lr = 0.02 時，x ← x − 0.02 · 2x = 0.96x，y 也一樣，所以每走一步，f 就縮小為原來的 0.96² = 0.9216 倍：10 → 9.216 → 8.4934656 → …，正是 net2.py 印出的前幾行。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ 從 (1, 3) 載入 x² + y²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;只留一般梯度下降&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ 播放&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The learning rate: too small, just right, too large&lt;/h3&gt;
&lt;p&gt;On x² + y² one step of plain descent multiplies each coordinate by 1 − 2·lr:&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;lr&lt;/th&gt;&lt;th&gt;factor&lt;/th&gt;&lt;th&gt;what happens&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.02&lt;/td&gt;&lt;td&gt;0.96&lt;/td&gt;&lt;td&gt;a slow, steady slide (net2.py)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.5&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;the minimum in one step&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;bounces between (1, 3) and (−1, −3) for ever&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1.05&lt;/td&gt;&lt;td&gt;−1.1&lt;/td&gt;&lt;td&gt;each step lands farther out: it diverges&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;The limit is 2/λmax, where λmax is the largest curvature (the largest eigenvalue of the Hessian).
For x² + y² the Hessian is 2·I, so λmax = 2 and plain descent converges for every lr below 1. The tab
shows this limit for quadratic functions, and marks an optimizer that diverges &quot;diverged at step
N&quot;.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.5&quot;&gt;lr = 0.5&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/1.05&quot;&gt;lr = 1.05&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ Play&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Gradient Descent tab, section 2: the learning rate and 2/λmax.</extracomment>
        <translation>&lt;h3&gt;學習率：太小、剛好、太大&lt;/h3&gt;
&lt;p&gt;在 x² + y² 上，一般梯度下降每走一步，就會把每個座標乘上 1 − 2·lr：&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;lr&lt;/th&gt;&lt;th&gt;倍數&lt;/th&gt;&lt;th&gt;會發生什麼事&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.02&lt;/td&gt;&lt;td&gt;0.96&lt;/td&gt;&lt;td&gt;緩慢而穩定地往下滑（net2.py）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.5&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;一步就到達最小值&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;在 (1, 3) 和 (−1, −3) 之間永遠來回彈跳&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1.05&lt;/td&gt;&lt;td&gt;−1.1&lt;/td&gt;&lt;td&gt;每一步都落得更遠：發散&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;上限是 2/λmax，其中 λmax 是最大的曲率（黑塞矩陣的最大特徵值）。x² + y² 的黑塞矩陣是 2·I，所以 λmax = 2，只要 lr 小於 1，一般梯度下降都會收斂。這個分頁會為二次函數顯示這個上限，並把發散的優化器標示為「在第 N 步發散」。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.5&quot;&gt;lr = 0.5&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/1.05&quot;&gt;lr = 1.05&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ 播放&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why net2.py looks like learning rate 0.02&lt;/h3&gt;
&lt;p&gt;net2.py calls &lt;code&gt;net.gradient_descendent()&lt;/code&gt;, whose step is 0.01. Yet every line it prints
is plain gradient descent with learning rate 0.02. The reason is in &lt;code&gt;Net.adjust&lt;/code&gt;
(gradlab/net.py, which keeps the course&apos;s net.py behaviour):&lt;/p&gt;
&lt;pre&gt;def adjust(self, step=0.01):
    for gate in self.gates:
        for node in gate._prev:
            node.v -= step * node.g
        for node in gate._prev:
            node.g = 0&lt;/pre&gt;
&lt;p&gt;It moves both inputs of every gate. In &lt;code&gt;x2 = net.mul(x, x)&lt;/code&gt; both inputs are x, so the
line &lt;code&gt;node.v -= step * node.g&lt;/code&gt; runs twice for x in every loop, both times with g = 2x (the
gradient is cleared only after both moves):&lt;/p&gt;
&lt;pre&gt;x ← x − 0.01 · 2x − 0.01 · 2x = x − 0.02 · 2x = 0.96x&lt;/pre&gt;
&lt;p&gt;That is one step of plain descent with learning rate 0.02, and y, used twice in y·y, moves the same
way. After 100 loops x = 0.96¹⁰⁰ ≈ 0.01687 and y = 3 · 0.96¹⁰⁰ ≈ 0.05061, net2.py&apos;s last line. (The
gate o = x2 + y2 moves x2 and y2 too, but the next forward pass computes them again.) This tab moves
each variable once, by its summed gradient, so net2.py&apos;s run is its &quot;Gradient descent&quot; at lr 0.02;
the Graph tab&apos;s Descent panel can take the classic net.py step instead.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ Load x² + y² from (1, 3)&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;Plain gradient descent only&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ Play&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Gradient Descent tab, section 3: why net2.py&apos;s step=0.01 behaves as learning rate 0.02.</extracomment>
        <translation>&lt;h3&gt;為什麼 net2.py 看起來像學習率 0.02&lt;/h3&gt;
&lt;p&gt;net2.py 呼叫 &lt;code&gt;net.gradient_descendent()&lt;/code&gt;，它的步長是 0.01。可是它印出的每一行，都和學習率 0.02 的一般梯度下降一模一樣。原因就在 &lt;code&gt;Net.adjust&lt;/code&gt;
（gradlab/net.py，保留了課程 net.py 的行為）：&lt;/p&gt;
&lt;pre&gt;def adjust(self, step=0.01):
    for gate in self.gates:
        for node in gate._prev:
            node.v -= step * node.g
        for node in gate._prev:
            node.g = 0&lt;/pre&gt;
&lt;p&gt;它會移動每個閘（gate）的兩個輸入。在 &lt;code&gt;x2 = net.mul(x, x)&lt;/code&gt; 中，兩個輸入都是 x，所以每一輪迴圈裡，
&lt;code&gt;node.v -= step * node.g&lt;/code&gt; 這一行會對 x 執行兩次，而且兩次的 g 都是 2x（要等兩次移動都做完，梯度才會被清除）：&lt;/p&gt;
&lt;pre&gt;x ← x − 0.01 · 2x − 0.01 · 2x = x − 0.02 · 2x = 0.96x&lt;/pre&gt;
&lt;p&gt;這正好是學習率 0.02 的一般梯度下降走一步；在 y·y 中同樣被用了兩次的 y 也是這樣移動。跑完 100 輪後，x = 0.96¹⁰⁰ ≈ 0.01687、y = 3 · 0.96¹⁰⁰ ≈ 0.05061，就是 net2.py 的最後一行。（閘 o = x2 + y2 也會移動 x2 和 y2，不過下一次正向傳遞會重新算出它們。）這個分頁則是讓每個變數依照它的梯度總和只移動一次，所以 net2.py 的執行過程，就等於這裡 lr 0.02 的「梯度下降」；「計算圖」分頁的「下降」面板則可以改用經典的 net.py 更新方式。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ 從 (1, 3) 載入 x² + y²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;只留一般梯度下降&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ 播放&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What RMSprop changes&lt;/h3&gt;
&lt;p&gt;Plain descent uses one learning rate for every parameter, and its step is proportional to the
gradient: steep directions get long steps, flat ones short steps. RMSprop (torch.optim.RMSprop, with
its defaults alpha = 0.99 and eps = 1e-8) gives each parameter its own step: it divides by the
running RMS of that parameter&apos;s recent gradients.&lt;/p&gt;
&lt;pre&gt;v ← 0.99 · v + 0.01 · g²
p ← p − lr · g / (√v + 1e-8)&lt;/pre&gt;
&lt;p&gt;regression1train.py quotes Hinton&apos;s slide: &quot;Divide the learning rate for a weight by a running
average of the magnitudes of recent gradients for that weight.&quot; While a gradient keeps about the same
size, g / √v stays near ±1, so each parameter moves about lr per step, whether its gradient is 0.001
or 1000.&lt;/p&gt;
&lt;p&gt;On x² + y² from (1, 3) with lr = 0.01: v starts at 0, so the first step divides by
√(0.01 · g²) = 0.1 · |g| and moves each coordinate by 10 · lr = 0.1, to (0.9, 2.9), although y&apos;s
gradient (6) is three times x&apos;s (2). Plain descent at lr 0.02 follows the gradient to (0.96, 2.88),
straight at the minimum. RMSprop&apos;s path starts along the diagonal and bends.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ Load x² + y²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd,rmsprop&quot;&gt;Race descent against RMSprop&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;Descent lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/rmsprop/0.01&quot;&gt;RMSprop lr = 0.01&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/rosenbrock&quot;&gt;▶ Rosenbrock&apos;s valley&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ Play&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Gradient Descent tab, section 4: RMSprop, as torch.optim.RMSprop computes it.</extracomment>
        <translation>&lt;h3&gt;RMSprop 改變了什麼&lt;/h3&gt;
&lt;p&gt;一般梯度下降對所有參數使用同一個學習率，而且步長和梯度成正比：陡的方向步伐大，平的方向步伐小。RMSprop（torch.optim.RMSprop，預設值 alpha = 0.99、eps = 1e-8）則讓每個參數有各自的步長：它會除以該參數近期梯度的移動均方根（running RMS）。&lt;/p&gt;
&lt;pre&gt;v ← 0.99 · v + 0.01 · g²
p ← p − lr · g / (√v + 1e-8)&lt;/pre&gt;
&lt;p&gt;regression1train.py 引用了 Hinton 投影片上的一句話：「Divide the learning rate for a weight by a running
average of the magnitudes of recent gradients for that weight.」（把某個權重的學習率，除以該權重近期梯度大小的移動平均。）只要梯度大致維持同樣的大小，g / √v 就會停在 ±1 附近，所以不論梯度是 0.001 還是 1000，每個參數每一步大約都移動 lr。&lt;/p&gt;
&lt;p&gt;在 x² + y² 上從 (1, 3) 出發、lr = 0.01：v 從 0 開始，所以第一步會除以√(0.01 · g²) = 0.1 · |g|，每個座標都移動 10 · lr = 0.1，到達 (0.9, 2.9)，儘管 y 的梯度（6）是 x 的梯度（2）的三倍。lr 0.02 的一般梯度下降則順著梯度走到 (0.96, 2.88)，直直朝向最小值。RMSprop 的路徑一開始沿著對角線，之後才轉彎。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/net2&quot;&gt;▶ 載入 x² + y²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd,rmsprop&quot;&gt;梯度下降和 RMSprop 比賽&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.02&quot;&gt;梯度下降 lr = 0.02&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/rmsprop/0.01&quot;&gt;RMSprop lr = 0.01&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/rosenbrock&quot;&gt;▶ Rosenbrock 山谷&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ 播放&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The other racers&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Momentum and Nesterov (torch.optim.SGD with momentum 0.9) keep a velocity, so they roll through
flat stretches and overshoot in steep ones. torchRegression7cws.py trains with momentum.&lt;/li&gt;
&lt;li&gt;AdaGrad divides like RMSprop but adds up every past g² without forgetting, so its steps only
shrink.&lt;/li&gt;
&lt;li&gt;Adam combines RMSprop&apos;s scaling with momentum, and corrects both for their start at zero.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;torchGd3.py descends ‖(x, y)‖, a cone. Its gradient has length 1 everywhere, so the fixed step
0.01 never shrinks near the tip: x ends hopping around the minimum instead of settling on it.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/torchGd3&quot;&gt;▶ torchGd3&apos;s cone&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;Plain gradient descent only&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.01&quot;&gt;lr = 0.01&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/himmelblau&quot;&gt;▶ Himmelblau&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd,momentum,nesterov,adagrad,rmsprop,adam&quot;&gt;Race all six&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ Play&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Gradient Descent tab, section 5: the other optimizers and torchGd3.py.</extracomment>
        <translation>&lt;h3&gt;其他參賽者&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;動量法（Momentum）和 Nesterov（torch.optim.SGD，動量 0.9）會保留一個速度，所以能一路滾過平坦的路段，在陡峭的地方則會衝過頭。torchRegression7cws.py 就是用動量來訓練。&lt;/li&gt;
&lt;li&gt;AdaGrad 和 RMSprop 一樣做除法，但它把過去所有的 g² 都加起來、從不遺忘，所以步長只會越來越小。&lt;/li&gt;
&lt;li&gt;Adam 結合了 RMSprop 的縮放和動量，並修正兩者都從零開始所造成的偏差。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;torchGd3.py 在 ‖(x, y)‖ 這個圓錐上做下降。它的梯度長度處處都是 1，所以固定步長0.01 在靠近錐尖時也不會縮小：x 最後會在最小值附近跳來跳去，而不會停在最小值上。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/torchGd3&quot;&gt;▶ torchGd3 的圓錐&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd&quot;&gt;只留一般梯度下降&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/rate/sgd/0.01&quot;&gt;lr = 0.01&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/function/himmelblau&quot;&gt;▶ Himmelblau&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/race/sgd,momentum,nesterov,adagrad,rmsprop,adam&quot;&gt;六種一起比賽&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:descent/play&quot;&gt;▶ 播放&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Training is gradient descent on the weights&lt;/h3&gt;
&lt;p&gt;The course&apos;s scripts fit the cubic y = 0 + 1·x + 2·x² + 3·x³ on 2,000 points from −π to π. The
model&apos;s weights are the parameters, the loss is the mean or the sum of the squared errors, and every
step runs the same loop:&lt;/p&gt;
&lt;pre&gt;y_pred = model(xx)     # forward pass
loss = loss_fn(y_pred, y)
optimizer.zero_grad()  # clear old grads
loss.backward()        # backprop: ∂loss/∂w
optimizer.step()       # move the weights&lt;/pre&gt;
&lt;p&gt;The backward pass is the Graph tab&apos;s walk on a graph with thousands of boxes.
torchRegression4nn.py writes the step by hand, &lt;code&gt;param -= learning_rate * param.grad&lt;/code&gt;, as
torchGd1.py does.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression4nn&quot;&gt;▶ Load torchRegression4nn&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Regression tab, section 1: the training loop.</extracomment>
        <translation>&lt;h3&gt;訓練就是對權重做梯度下降&lt;/h3&gt;
&lt;p&gt;課程的程式在 −π 到 π 之間取 2,000 個點，擬合三次函數 y = 0 + 1·x + 2·x² + 3·x³。模型的權重就是參數，損失是平方誤差的平均或總和，而每一步都執行同樣的迴圈：&lt;/p&gt;
&lt;pre&gt;y_pred = model(xx)     # forward pass
loss = loss_fn(y_pred, y)
optimizer.zero_grad()  # clear old grads
loss.backward()        # backprop: ∂loss/∂w
optimizer.step()       # move the weights&lt;/pre&gt;
&lt;p&gt;反向傳遞就是「計算圖」分頁裡的那套走法，只是用在有數千個節點的計算圖上。torchRegression4nn.py 和 torchGd1.py 一樣，親手寫出更新的那一步：&lt;code&gt;param -= learning_rate * param.grad&lt;/code&gt;。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression4nn&quot;&gt;▶ 載入 torchRegression4nn&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why the learning rate is 1e-6: a summed loss&lt;/h3&gt;
&lt;p&gt;torchRegression4nn.py and torchRegression6custom.py use &lt;code&gt;MSELoss(reduction=&apos;sum&apos;)&lt;/code&gt;: the
loss adds up 2,000 squared errors, so its gradient is 2,000 times that of the mean. Plain descent is
stable only for learning rates below 2/λmax of the loss; the tab shows that limit for models linear in
their weights:&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;loss&lt;/th&gt;&lt;th&gt;2/λmax&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;sum (torchRegression4nn, 6custom)&lt;/td&gt;&lt;td&gt;3.56e-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;mean (regression1train)&lt;/td&gt;&lt;td&gt;0.0071&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;1e-6 is safely below 3.56e-6. Above the limit the loss grows each step until it becomes inf.
torchRegression6custom.py writes the same model as Polynomial3 (a + b x + c x² + d x³) and lets
&lt;code&gt;torch.optim.SGD(model.parameters(), lr=1e-6)&lt;/code&gt; take the step.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression6custom&quot;&gt;▶ Load torchRegression6custom&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Regression tab, section 2: a summed loss and the limit 2/λmax.</extracomment>
        <translation>&lt;h3&gt;為什麼學習率是 1e-6：加總的損失&lt;/h3&gt;
&lt;p&gt;torchRegression4nn.py 和 torchRegression6custom.py 使用 &lt;code&gt;MSELoss(reduction=&apos;sum&apos;)&lt;/code&gt;：損失是把 2,000 個平方誤差加總起來，所以它的梯度是取平均時的 2,000 倍。一般梯度下降只有在學習率低於損失的 2/λmax 時才會穩定；對於權重呈線性的模型，這個分頁會顯示這個上限：&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;損失&lt;/th&gt;&lt;th&gt;2/λmax&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;總和（torchRegression4nn、6custom）&lt;/td&gt;&lt;td&gt;3.56e-6&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;平均（regression1train）&lt;/td&gt;&lt;td&gt;0.0071&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;1e-6 安全地低於 3.56e-6。一旦超過上限，損失每一步都會變大，直到變成 inf。torchRegression6custom.py 把同一個模型寫成 Polynomial3（a + b x + c x² + d x³），並讓
&lt;code&gt;torch.optim.SGD(model.parameters(), lr=1e-6)&lt;/code&gt; 負責走每一步。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression6custom&quot;&gt;▶ 載入 torchRegression6custom&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RMSprop in regression1train.py&lt;/h3&gt;
&lt;p&gt;regression1train.py trains the same Linear(3, 1) with
&lt;code&gt;torch.optim.RMSprop(model.parameters(), lr=learning_rate)&lt;/code&gt; at 1e-3 and a mean loss;
torchRegression5optim.py uses RMSprop at the same 1e-3 with the summed loss. One rate suits both
because RMSprop divides each gradient by its own running RMS: make the loss 2,000 times larger and g
and √v both grow 2,000 times, which cancels. For plain descent the two limits differ 2,000-fold
(0.0071 against 3.56e-6).&lt;/p&gt;
&lt;p&gt;The price: each weight moves only about lr = 0.001 per step, so bringing the x³ weight to 3 from a
small random start takes thousands of steps; regression1train.py runs 10,000. With seed 0 both scripts end
within 0.001 of the true 0, 1, 2 and 3.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/regression1train&quot;&gt;▶ Load regression1train&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression5optim&quot;&gt;▶ Load torchRegression5optim&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Regression tab, section 3: RMSprop in regression1train.py and torchRegression5optim.py.</extracomment>
        <translation>&lt;h3&gt;regression1train.py 中的 RMSprop&lt;/h3&gt;
&lt;p&gt;regression1train.py 用
&lt;code&gt;torch.optim.RMSprop(model.parameters(), lr=learning_rate)&lt;/code&gt;、學習率 1e-3 和平均損失，訓練同一個 Linear(3, 1)；torchRegression5optim.py 則是以同樣的 1e-3 搭配加總的損失來使用 RMSprop。同一個學習率能同時適用兩者，是因為 RMSprop 會把每個梯度除以它自己的移動均方根：把損失放大 2,000 倍，g 和 √v 都會跟著放大 2,000 倍，剛好互相抵銷。對一般梯度下降來說，兩個上限卻相差 2,000 倍（0.0071 對 3.56e-6）。&lt;/p&gt;
&lt;p&gt;代價是：每個權重每一步只移動大約 lr = 0.001，所以要把 x³ 的權重從很小的隨機初始值推到 3，得花上數千步；regression1train.py 跑了 10,000 步。在種子（seed）為 0 時，兩個程式最後都會落在真實值 0、1、2、3 的 0.001 以內。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/regression1train&quot;&gt;▶ 載入 regression1train&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression5optim&quot;&gt;▶ 載入 torchRegression5optim&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;torchRegression7cws.py: a dynamic graph and momentum&lt;/h3&gt;
&lt;p&gt;DynamicNet adds nothing, e·x⁴, or e·x⁴ + e·x⁵, chosen at random on every forward pass. The graph is
built anew each time, and when e is used twice its two gradients add up, like x in x·x. Plain descent
struggles with this model, so the script uses SGD with momentum 0.9 at lr 1e-8 for 30,000 steps: the
velocity keeps the tiny steps going the same way.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression7cws&quot;&gt;▶ Load torchRegression7cws&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Regression tab, section 4: torchRegression7cws.py&apos;s DynamicNet and momentum.</extracomment>
        <translation>&lt;h3&gt;torchRegression7cws.py：動態計算圖和動量&lt;/h3&gt;
&lt;p&gt;DynamicNet 在每次正向傳遞時隨機選擇：什麼都不加、加上 e·x⁴，或加上 e·x⁴ + e·x⁵。計算圖每次都會重新建立；當 e 被用了兩次，它的兩份梯度會加在一起，就像 x·x 中的 x 一樣。一般梯度下降很難訓練這個模型，所以程式改用動量 0.9、lr 1e-8 的 SGD，跑 30,000 步：速度讓這些極小的步伐一直朝同一個方向前進。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/recipe/torchRegression7cws&quot;&gt;▶ 載入 torchRegression7cws&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:regression/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every point pulls on the line&lt;/h3&gt;
&lt;p&gt;The simplest classifier gives each point of the plane a score, &lt;code&gt;f(x, y) = a·x + b·y + c&lt;/code&gt;,
and calls the point +1 where the score is positive and −1 where it is negative. The boundary
between the two, f = 0, is a straight line; a, b and c turn and shift it.&lt;/p&gt;
&lt;p&gt;The Hacker&apos;s guide trains it on six points, starting from a = 1, b = −2, c = −1. It asks more of
each point than the right sign: a +1 point should score at least +1, a −1 point at most −1. A point
that falls short of its margin &lt;b&gt;pulls&lt;/b&gt;: +1 (score up) or −1 (score down). A point beyond its
margin pulls 0 and is left alone.&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;point&lt;/th&gt;&lt;th&gt;label&lt;/th&gt;&lt;th&gt;score&lt;/th&gt;&lt;th&gt;pull&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(1.2, 0.7)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;−1.2&lt;/td&gt;&lt;td&gt;+1 (wrong side)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−0.3, −0.5)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;−0.3&lt;/td&gt;&lt;td&gt;−1 (right side, inside the margin)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(3.0, 0.1)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;1.8&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−0.1, −1.0)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;0.9&lt;/td&gt;&lt;td&gt;−1 (wrong side)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−1.0, 1.1)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;−4.2&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(2.1, −3)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;7.1&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;The chain rule turns a pull on the score into pulls on the parameters: ∂f/∂a = x, ∂f/∂b = y and
∂f/∂c = 1, so each pulling point moves a by lr·pull·x, b by lr·pull·y and c by lr·pull. These
pulls are the downhill direction of the hinge loss &lt;code&gt;max(0, 1 − label·score)&lt;/code&gt;: zero for a
point beyond its margin, growing in a straight line for a point short of it. The tab&apos;s loss is its
mean over the points, so each point&apos;s pull is divided by their number.&lt;/p&gt;
&lt;p&gt;Why ask for a margin? The preset starts from torch&apos;s random weights (seed 3), where all six
points are on the wrong side: all six pull, and the loss is 1.81. After 172 steps every point is on
the right side, yet the pulls go on: a line that only just separates the points leaves any new point
near it to chance. They move the line until the points stand a full unit of score away from it (or
nearly, with the next section&apos;s regularization): after 400 steps the loss is 0.160. The plane draws
the margins, f = ±1, as dashed lines beside the boundary, and an arrow on each point that pulls. To
start where the guide does, double-click the weights in the network view and type 1, −2 and −1.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-linear&quot;&gt;▶ Load the guide&apos;s six points&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 1: the pull of each point and the margin (the guide&apos;s part 2).</extracomment>
        <translation>&lt;h3&gt;每個點都在拉這條線&lt;/h3&gt;
&lt;p&gt;最簡單的分類器替平面上的每個點打一個分數 &lt;code&gt;f(x, y) = a·x + b·y + c&lt;/code&gt;，分數為正的地方判為 +1，為負的地方判為 −1。兩者之間的邊界 f = 0 是一條直線；a、b、c 決定它的方向和位置。&lt;/p&gt;
&lt;p&gt;Hacker&apos;s guide 用六個點來訓練它，起點是 a = 1、b = −2、c = −1。它對每個點的要求不只是符號正確：+1 的點分數至少要 +1，−1 的點分數至多要 −1。還沒達到自己邊距（margin）的點會&lt;b&gt;拉&lt;/b&gt;：拉 +1（把分數往上拉）或 −1（往下拉）。已經越過邊距的點拉力為 0，不去動它。&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;點&lt;/th&gt;&lt;th&gt;標籤&lt;/th&gt;&lt;th&gt;分數&lt;/th&gt;&lt;th&gt;拉力&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(1.2, 0.7)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;−1.2&lt;/td&gt;&lt;td&gt;+1（在錯的一側）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−0.3, −0.5)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;−0.3&lt;/td&gt;&lt;td&gt;−1（在對的一側，但在邊距內）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(3.0, 0.1)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;1.8&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−0.1, −1.0)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;0.9&lt;/td&gt;&lt;td&gt;−1（在錯的一側）&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(−1.0, 1.1)&lt;/td&gt;&lt;td&gt;−1&lt;/td&gt;&lt;td&gt;−4.2&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;(2.1, −3)&lt;/td&gt;&lt;td&gt;+1&lt;/td&gt;&lt;td&gt;7.1&lt;/td&gt;&lt;td&gt;0&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;連鎖律把對分數的拉力轉成對參數的拉力：∂f/∂a = x、∂f/∂b = y、∂f/∂c = 1，所以每個在拉的點會讓 a 移動 lr·pull·x、b 移動 lr·pull·y、c 移動 lr·pull。這些拉力就是鉸鏈損失（hinge loss）&lt;code&gt;max(0, 1 − label·score)&lt;/code&gt; 的下坡方向：越過邊距的點損失為零，還沒達到邊距的點，損失隨著差距直線增加。這個分頁的損失是它在所有點上的平均，所以每個點的拉力都要除以點數。&lt;/p&gt;
&lt;p&gt;為什麼要求邊距？這個預設範例從 torch 的隨機權重（種子 3）開始，這時六個點全都在錯的一側：六個點都在拉，損失是 1.81。172 步之後每個點都到了對的一側，拉力卻還沒停：一條只是勉強把點分開的線，碰到靠近它的新點就只能碰運氣。拉力會一直移動這條線，直到每個點都離它一整個單位的分數（有了下一節的正規化，則是接近一個單位）：400 步之後損失是 0.160。平面會把邊距 f = ±1 畫成邊界兩旁的虛線，並在每個正在拉的點上畫一個箭頭。想從 guide 的起點開始，就在網路檢視中按兩下權重，輸入 1、−2 和 −1。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-linear&quot;&gt;▶ 載入 guide 的六個點&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regularization: a pull towards zero&lt;/h3&gt;
&lt;p&gt;The guide adds one more pull, on the parameters themselves: −a on a and −b on b (c is left
free). Whatever the points say, it draws a and b back towards zero. In the tab it is the L2 term
added to the loss, &lt;code&gt;L2·(a² + b²)&lt;/code&gt;, whose downhill direction pulls a by −2·L2·a and b by
−2·L2·b.&lt;/p&gt;
&lt;p&gt;Why would we want smaller weights? Doubling a, b and c gives the same line with every score
doubled, so a classifier could meet its margins by growing its weights instead of placing the line
well. The distance from the boundary to each margin line is 1/√(a² + b²): smaller weights mean a
wider street between the classes. Without regularization the points stop pulling once each is
beyond its margin, and the line stays wherever that happened: at L2 = 0 the last point clears its
margin at step 427, and from then on nothing moves. With regularization, a and b keep shrinking
until points fall back inside their margins and pull the other way: the line settles where the two
pulls balance.&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;L2&lt;/th&gt;&lt;th&gt;a&lt;/th&gt;&lt;th&gt;b&lt;/th&gt;&lt;th&gt;1/√(a² + b²)&lt;/th&gt;&lt;th&gt;points still pulling&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;1.15&lt;/td&gt;&lt;td&gt;0.284&lt;/td&gt;&lt;td&gt;0.843&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.1 (the preset)&lt;/td&gt;&lt;td&gt;1.08&lt;/td&gt;&lt;td&gt;0.264&lt;/td&gt;&lt;td&gt;0.901&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;0.437&lt;/td&gt;&lt;td&gt;−0.121&lt;/td&gt;&lt;td&gt;2.20&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;These are the guide-linear preset after 400 steps with each strength, every point classified
right in all three. Too strong a pull squeezes the weights until most points sit inside the street:
at L2 = 1 only one point is beyond its margin.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-linear&quot;&gt;▶ Load the guide&apos;s linear classifier&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 2: regularization, a pull towards zero on a and b.</extracomment>
        <translation>&lt;h3&gt;正規化：往零的拉力&lt;/h3&gt;
&lt;p&gt;guide 再加上一種拉力，作用在參數本身：對 a 拉 −a、對 b 拉 −b（c 不受限制）。不管資料點怎麼說，它都會把 a 和 b 拉回零。在這個分頁裡，它就是加進損失的 L2 項 &lt;code&gt;L2·(a² + b²)&lt;/code&gt;，它的下坡方向把 a 拉 −2·L2·a、把 b 拉 −2·L2·b。&lt;/p&gt;
&lt;p&gt;為什麼要權重小一點？把 a、b、c 都加倍，線還是同一條，只是每個分數都加倍了；所以分類器可以靠把權重放大來滿足邊距，而不是把線放在好的位置。從邊界到每條邊距線的距離是 1/√(a² + b²)：權重越小，兩類之間的「街道」就越寬。沒有正規化時，每個點一越過邊距就不再拉，線就停在那時的位置：L2 = 0 時，最後一個點在第 427 步越過邊距，之後就什麼都不再移動。有了正規化，a 和 b 會繼續縮小，直到有些點又回到邊距內、往反方向拉：線就停在兩種拉力平衡的地方。&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;L2&lt;/th&gt;&lt;th&gt;a&lt;/th&gt;&lt;th&gt;b&lt;/th&gt;&lt;th&gt;1/√(a² + b²)&lt;/th&gt;&lt;th&gt;仍在拉的點&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0&lt;/td&gt;&lt;td&gt;1.15&lt;/td&gt;&lt;td&gt;0.284&lt;/td&gt;&lt;td&gt;0.843&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;0.1（預設範例）&lt;/td&gt;&lt;td&gt;1.08&lt;/td&gt;&lt;td&gt;0.264&lt;/td&gt;&lt;td&gt;0.901&lt;/td&gt;&lt;td&gt;4&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;td&gt;0.437&lt;/td&gt;&lt;td&gt;−0.121&lt;/td&gt;&lt;td&gt;2.20&lt;/td&gt;&lt;td&gt;5&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;這些是 guide-linear 預設範例以各個強度訓練 400 步的結果，三種情況下每個點都分類正確。拉力太強，會把權重壓到大部分的點都落在街道裡：L2 = 1 時，只有一個點越過了邊距。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-linear&quot;&gt;▶ 載入 guide 的線性分類器&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From a line to a 2-layer network&lt;/h3&gt;
&lt;p&gt;The guide&apos;s next model puts three linear classifiers side by side and feeds their outputs to a
fourth:&lt;/p&gt;
&lt;pre&gt;n1 = max(0, a1·x + b1·y + c1)
n2 = max(0, a2·x + b2·y + c2)
n3 = max(0, a3·x + b3·y + c3)
score = a4·n1 + b4·n2 + c4·n3 + d4&lt;/pre&gt;
&lt;p&gt;Each hidden unit is a line bent by a ReLU, &lt;code&gt;max(0, ·)&lt;/code&gt;: zero on one side of its line, a
ramp on the other. The score adds three such ramps, so the boundary f = 0 need not be straight: it
can bend where a ramp begins. That is 13 parameters instead of 3.&lt;/p&gt;
&lt;p&gt;Training is the same: the points pull on the score, and the chain rule passes the pulls back. The
pull on n1 is the pull on the score times a4, and it reaches a1, b1 and c1 only where n1 is positive:
a ReLU passes a gradient back where it is on, and nothing where it outputs zero.&lt;/p&gt;
&lt;p&gt;The guide-2layer preset classifies all six points after 600 steps (loss 0.0283). Its n1 ends
positive at the three +1 points and zero at the −1 points, doing most of the work; n2 and n3 are
positive only at (−1.0, 1.1).&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-2layer&quot;&gt;▶ Load the guide&apos;s 2-layer net&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 3: from a linear classifier to the guide&apos;s 2-layer net.</extracomment>
        <translation>&lt;h3&gt;從一條線到兩層網路&lt;/h3&gt;
&lt;p&gt;guide 的下一個模型把三個線性分類器並排，再把它們的輸出送進第四個：&lt;/p&gt;
&lt;pre&gt;n1 = max(0, a1·x + b1·y + c1)
n2 = max(0, a2·x + b2·y + c2)
n3 = max(0, a3·x + b3·y + c3)
score = a4·n1 + b4·n2 + c4·n3 + d4&lt;/pre&gt;
&lt;p&gt;每個隱藏單元都是一條被 ReLU &lt;code&gt;max(0, ·)&lt;/code&gt; 折彎的線：在線的一側是零，另一側是一道斜坡。分數把三道這樣的斜坡加起來，所以邊界 f = 0 不必是直的：它可以在斜坡開始的地方轉彎。參數從 3 個變成 13 個。&lt;/p&gt;
&lt;p&gt;訓練方式不變：資料點拉分數，連鎖律再把拉力往回傳。對 n1 的拉力等於對分數的拉力乘上 a4，而且只有在 n1 為正的地方才會傳到 a1、b1 和 c1：ReLU 在開著的地方把梯度往回傳，輸出為零的地方什麼也不傳。&lt;/p&gt;
&lt;p&gt;guide-2layer 預設範例訓練 600 步後，六個點全部分類正確（損失 0.0283）。它的 n1 最後在三個 +1 的點上為正、在 −1 的點上為零，擔起了大部分的工作；n2 和 n3 只在 (−1.0, 1.1) 為正。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/guide-2layer&quot;&gt;▶ 載入 guide 的兩層網路&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;XOR: one neuron cannot, two layers can&lt;/h3&gt;
&lt;p&gt;A single sigmoid neuron, &lt;code&gt;σ(w1·x1 + w2·x2 + b)&lt;/code&gt;, outputs 0.5 on the line
w1·x1 + w2·x2 + b = 0: it is still a linear classifier. It learns the AND and the OR gates, since a
line can cut off the corner (1, 1) from the other three, or the corner (0, 0). Trained with the
squared error for 1,000 steps, it gets all four rows of each right.&lt;/p&gt;
&lt;p&gt;XOR is 1 at (0, 1) and (1, 0) and 0 at (0, 0) and (1, 1): the two classes sit on opposite corners,
and no line separates them. Trained on XOR, the neuron&apos;s weights shrink to zero: it answers 0.5
everywhere, the squared error stays at 0.25, and half the rows come out wrong.&lt;/p&gt;
&lt;p&gt;Two layers can: with two hidden tanh units (a 2-2-1 network), the xor-2layer preset gets all four
rows right and its loss falls to zero. One unit could act as OR and the other as AND, the output
saying &quot;OR and not AND&quot;; the trained net finds a way of its own, which its hidden units&apos; maps show.&lt;/p&gt;
&lt;p&gt;But the net must find such weights from its random start, and a start can be bad. From the bad
seed, both hidden units saturate at (1, 0) and (1, 1): there tanh is close to ±1, and the two
corners give the output the same pair of values, so it can only answer their average, about 0.
The loss stops near 0.5 and half the rows stay wrong. Nor do more steps help: a saturated tanh
passes back almost no gradient (its slope, 1 − tanh², is close to 0).&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/and-neuron&quot;&gt;▶ AND, one neuron&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/or-neuron&quot;&gt;▶ OR, one neuron&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-neuron&quot;&gt;▶ XOR, one neuron&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer&quot;&gt;▶ XOR, two layers&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer-bad-seed&quot;&gt;▶ XOR, two layers, a bad start&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 4: XOR: one neuron cannot, two layers can, a bad start fails.</extracomment>
        <translation>&lt;h3&gt;XOR：一個神經元做不到，兩層可以&lt;/h3&gt;
&lt;p&gt;單一個 sigmoid 神經元 &lt;code&gt;σ(w1·x1 + w2·x2 + b)&lt;/code&gt; 在直線 w1·x1 + w2·x2 + b = 0 上輸出 0.5：它仍然是線性分類器。它學得會 AND 閘和 OR 閘，因為一條線可以把角落 (1, 1) 和另外三個角分開，或是把角落 (0, 0) 分開。用平方誤差訓練 1,000 步後，兩個閘的四列它都答對。&lt;/p&gt;
&lt;p&gt;XOR 在 (0, 1) 和 (1, 0) 是 1，在 (0, 0) 和 (1, 1) 是 0：兩類分別位在對角，沒有任何一條線能把它們分開。用 XOR 訓練時，神經元的權重縮到零：它在每個地方都回答 0.5，平方誤差停在 0.25，有一半的列被判錯。&lt;/p&gt;
&lt;p&gt;兩層就可以：有兩個 tanh 隱藏單元（2-2-1 網路）時，xor-2layer 預設範例四列全部答對，損失降到零。可以讓一個單元當 OR、另一個當 AND，輸出再說「OR 而且不是 AND」；不過訓練好的網路會找到自己的做法，從它的隱藏單元的圖就看得出來。&lt;/p&gt;
&lt;p&gt;但網路必須從隨機的起點找到這樣的權重，而起點可能很糟。從那個不好的種子開始，兩個隱藏單元在 (1, 0) 和 (1, 1) 都飽和了：tanh 在那裡接近 ±1，這兩個角送給輸出的是同一對數值，所以輸出只能回答它們的平均，大約是 0。損失停在 0.5 附近，一半的列一直是錯的。多走幾步也沒用：飽和的 tanh 幾乎不把梯度往回傳（它的斜率 1 − tanh² 接近 0）。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/and-neuron&quot;&gt;▶ AND，一個神經元&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/or-neuron&quot;&gt;▶ OR，一個神經元&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-neuron&quot;&gt;▶ XOR，一個神經元&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer&quot;&gt;▶ XOR，兩層&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer-bad-seed&quot;&gt;▶ XOR，兩層，不好的起點&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading the hidden units&apos; maps&lt;/h3&gt;
&lt;p&gt;In the network view every neuron is a box, and each box shows a small map of the plane: the
colour at each place is what that neuron outputs when the network&apos;s input is that point. The last
box is the output: the plane&apos;s big map in small.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;A unit of the first hidden layer sees only a·x + b·y + c, so its map changes across one line and
not along it: with ReLU, flat zero on one side and a ramp on the other; with tanh or sigmoid, a soft
step from one value to the other.&lt;/li&gt;
&lt;li&gt;A unit of the next layer adds those maps up with its weights and bends the sum again, so its map
can have corners and curves that no single line gives.&lt;/li&gt;
&lt;li&gt;A box of one flat colour is a unit that does not tell the points apart: a ReLU that is zero
wherever the points are, or a saturated tanh or sigmoid. In the guide&apos;s 2-layer net, n2 and n3 are
zero on five of the six points.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The lines between boxes are the weights: their colour shows the sign, their thickness the size.
Hover a line to read its value; double-click it to type a new one and watch every map downstream
change.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer&quot;&gt;▶ XOR, two layers&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/circle&quot;&gt;▶ Load the circle&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/spiral&quot;&gt;▶ Load the spiral&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 5: reading the hidden units&apos; maps in the network view.</extracomment>
        <translation>&lt;h3&gt;看懂隱藏單元的圖&lt;/h3&gt;
&lt;p&gt;在網路檢視裡，每個神經元是一個方框，每個方框都顯示一張平面的小圖：每個位置的顏色，就是網路的輸入為那個點時，這個神經元的輸出。最後一個方框是輸出：平面那張大圖的縮小版。&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;第一個隱藏層的單元只看得到 a·x + b·y + c，所以它的圖只在跨過一條線時變化，沿著線則不變：用 ReLU 時，一側是平平的零，另一側是斜坡；用 tanh 或 sigmoid 時，是從一個值平滑地升到另一個值的台階。&lt;/li&gt;
&lt;li&gt;下一層的單元用自己的權重把這些圖加起來，再把總和折彎一次，所以它的圖可以有單一條線給不出來的轉角和曲線。&lt;/li&gt;
&lt;li&gt;整個方框只有一種顏色，表示這個單元完全分不出這些點：可能是在所有點的位置都為零的 ReLU，或是飽和的 tanh 或 sigmoid。在 guide 的兩層網路中，n2 和 n3 在六個點中的五個上都是零。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;方框之間的連線就是權重：顏色表示正負，粗細表示大小。將滑鼠移到連線上可看到它的值；按兩下即可輸入新的值，看著下游的每張圖跟著改變。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/xor-2layer&quot;&gt;▶ XOR，兩層&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/circle&quot;&gt;▶ 載入圓形&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/spiral&quot;&gt;▶ 載入螺旋&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micrograd&apos;s demo: two engines, one loss&lt;/h3&gt;
&lt;p&gt;micrograd&apos;s demo trains a network of two hidden layers of 16 ReLU units (2-16-16-1, 337
parameters) on &quot;moons&quot;, two interleaved half circles of 100 noisy points. Its loss is this lesson&apos;s
margin loss averaged over the points, plus 1e-4 times the sum of the squares of every parameter. Its
learning rate falls from 1.0 towards 0.1 over 100 steps, &lt;code&gt;lr = 1.0 − 0.9·k/100&lt;/code&gt; at step k,
and each step is the plain &lt;code&gt;p -= lr * p.grad&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;The preset runs it on gradlab&apos;s own engine: scalar values, one box per multiply, add and ReLU as
in the Graph tab, built anew for every point at every step. The same set-up on torch (tensors, in
float64) from the same starting weights gives the same loss at every step, to within 1e-9: the loss
starts at 1.01 and ends at 0.0203, every point classified right. The two engines store the numbers
differently, but they compute the same thing.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/micrograd-moons&quot;&gt;▶ Load micrograd&apos;s demo&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ Start&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Neural Network tab, section 6: micrograd&apos;s demo, and two engines computing the same loss.</extracomment>
        <translation>&lt;h3&gt;micrograd 的示範：兩個引擎，同一個損失&lt;/h3&gt;
&lt;p&gt;micrograd 的示範在「moons」上訓練一個有兩個隱藏層、每層 16 個 ReLU 單元的網路（2-16-16-1，337 個參數）；moons 是兩個交錯的半圓，共 100 個帶雜訊的點。它的損失是這堂課的邊距損失在所有點上的平均，再加上所有參數平方和的 1e-4 倍。它的學習率在 100 步內從 1.0 降向 0.1，第 k 步是 &lt;code&gt;lr = 1.0 − 0.9·k/100&lt;/code&gt;，每一步都是最單純的 &lt;code&gt;p -= lr * p.grad&lt;/code&gt;。&lt;/p&gt;
&lt;p&gt;這個預設範例用 gradlab 自己的引擎來跑：純量值，每個乘法、加法和 ReLU 各一個方框，就像「計算圖」分頁那樣，每一步都為每個點重新建立。同樣的設定在 torch 上（張量，float64）從同樣的初始權重開始，每一步的損失都相同，誤差在 1e-9 以內：損失從 1.01 開始，最後是 0.0203，每個點都分類正確。兩個引擎存放數字的方式不同，算的卻是同一件事。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/preset/micrograd-moons&quot;&gt;▶ 載入 micrograd 的示範&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:classify/start&quot;&gt;▶ 開始&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why gradients? Three ways up the hill&lt;/h3&gt;
&lt;p&gt;The Hacker&apos;s guide starts with a single gate, f(x, y) = x · y at x = −2, y = 3, so f = −6, and
asks: how should x and y change to make f a little larger? It tries three strategies, each taking
a step of 0.01.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Random local search&lt;/b&gt;: move every input by a random amount between −0.01 and 0.01, and keep
the best of 100 tries. With seed 0 the best is −5.9598: better, but it took 100 forward passes.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;The numerical gradient&lt;/b&gt;: nudge one input at a time by h = 0.0001 and see how f changes:
(f(x + h, y) − f(x, y)) / h = 3 for x and −2 for y. One forward pass, plus one per input: 3.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;The analytic gradient&lt;/b&gt;: the derivative by the rules, ∂f/∂x = y = 3 and ∂f/∂y = x = −2,
from one forward and one backward pass, however many inputs there are.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Both gradients move x to −1.97 and y to 2.98, and f becomes −5.8706 (the guide prints −5.87).
For (x + y) · z from (−2, 5, −4) the step gives −11.5924; for the sigmoid neuron, 0.8825. The
Strategies panel races the three on any graph and counts the passes. A network has millions of
inputs: only the analytic gradient, backpropagation, stays at one backward pass.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/mul_gate&quot;&gt;▶ The single gate x · y&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/strategies&quot;&gt;▶ Open the Strategies panel&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 7: the Hacker&apos;s guide&apos;s three strategies (random, numerical, analytic).</extracomment>
        <translation>&lt;h3&gt;為什麼要梯度？上山的三種方法&lt;/h3&gt;
&lt;p&gt;Hacker&apos;s guide 從一個閘開始：f(x, y) = x · y，在 x = −2、y = 3，所以 f = −6。它問：x 和 y 該怎麼變，f 才會變大一點？它試了三種策略，每種都走 0.01 的一步。&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;隨機區域搜尋&lt;/b&gt;：把每個輸入隨機移動 −0.01 到 0.01 之間的量，試 100 次留下最好的。用種子 0，最好的是 −5.9598：變好了，但花了 100 次正向傳遞。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;數值梯度&lt;/b&gt;：一次把一個輸入推 h = 0.0001，看 f 怎麼變：對 x 是 (f(x + h, y) − f(x, y)) / h = 3，對 y 是 −2。一次正向傳遞，再加上每個輸入一次：共 3 次。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;解析梯度&lt;/b&gt;：用規則算出導數，∂f/∂x = y = 3、∂f/∂y = x = −2，只要一次正向和一次反向傳遞，不管有多少個輸入。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;兩種梯度都把 x 移到 −1.97、y 移到 2.98，f 變成 −5.8706（guide 印出 −5.87）。(x + y) · z 從 (−2, 5, −4) 走一步得到 −11.5924；sigmoid 神經元則是 0.8825。「策略」面板可以在任何計算圖上讓三者比賽，並數出各用了幾次傳遞。一個網路有上百萬個輸入：只有解析梯度，也就是反向傳播，始終只要一次反向傳遞。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/mul_gate&quot;&gt;▶ 單一個閘 x · y&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/strategies&quot;&gt;▶ 打開策略面板&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What each gate does with the gradient&lt;/h3&gt;
&lt;p&gt;Walk the backward pass and the log names each pattern the first time it appears:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;add&lt;/b&gt; hands the gradient on unchanged to every input (its local derivatives are 1);&lt;/li&gt;
&lt;li&gt;&lt;b&gt;multiply&lt;/b&gt; gives each input the gradient times the other input&apos;s value: the values swap;&lt;/li&gt;
&lt;li&gt;&lt;b&gt;max&lt;/b&gt; routes the whole gradient to the larger input and gives the other 0 (min: to the
smaller). At a tie gradlab does what torch does: half to each;&lt;/li&gt;
&lt;li&gt;a &lt;b&gt;variable used twice&lt;/b&gt; adds up the gradients of its uses: &lt;code&gt;+=&lt;/code&gt;.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;In max(x, y) · z at x = −2, y = 5, z = −4 the output is −20. The multiply sends z = −4 into the max
and the max&apos;s value 5 into z; the max passes its −4 to y, the larger, and 0 to x. So ∂f/∂x = 0,
∂f/∂y = −4 and ∂f/∂z = 5. Compare (x + y) · z, where the add gives −4 to both.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/max_gate&quot;&gt;▶ max(x, y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/karpathy&quot;&gt;▶ (x + y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ Run backward&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 8: the gates&apos; patterns (add, multiply, max) and a variable used twice.</extracomment>
        <translation>&lt;h3&gt;每個閘怎麼處理梯度&lt;/h3&gt;
&lt;p&gt;走一遍反向傳遞，步驟紀錄會在每種模式第一次出現時說出它的名字：&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;加法&lt;/b&gt;把梯度原封不動地交給每個輸入（局部導數都是 1）；&lt;/li&gt;
&lt;li&gt;&lt;b&gt;乘法&lt;/b&gt;交給每個輸入「梯度乘上另一個輸入的值」：兩個值互換；&lt;/li&gt;
&lt;li&gt;&lt;b&gt;max&lt;/b&gt; 把整個梯度送給比較大的輸入，另一個拿到 0（min 則送給比較小的）。平手時 gradlab 和 torch 一樣：各給一半；&lt;/li&gt;
&lt;li&gt;&lt;b&gt;用了兩次的變數&lt;/b&gt;會把每次使用的梯度加起來：&lt;code&gt;+=&lt;/code&gt;。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;在 max(x, y) · z，x = −2、y = 5、z = −4 時輸出是 −20。乘法把 z = −4 送進 max，把 max 的值 5 送給 z；max 把它的 −4 交給比較大的 y，給 x 的是 0。所以 ∂f/∂x = 0，
∂f/∂y = −4，∂f/∂z = 5。和 (x + y) · z 比較：那裡的加法把 −4 交給兩個輸入。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/max_gate&quot;&gt;▶ max(x, y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/karpathy&quot;&gt;▶ (x + y) · z&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/run-backward&quot;&gt;◀◀ 跑完反向傳遞&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Predict each step&lt;/h3&gt;
&lt;p&gt;Reading a backward pass is not doing one. In the Practice panel, tick &lt;i&gt;Predict each backward
step&lt;/i&gt;: before a step is shown, gradlab asks for the gradient it will write, and shows the step
only once the answer is right.&lt;/p&gt;
&lt;p&gt;Type the number (18), or the chain rule&apos;s product, local derivative · upstream gradient (1·18),
plus what the gradient held before if it already had one (3 + 3·1). Press Enter. A wrong answer
stays in the box, marked, and the message says which part was wrong:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;the &lt;b&gt;local derivative&lt;/b&gt; ∂parent/∂child, and what it is for that operation at these values;&lt;/li&gt;
&lt;li&gt;the &lt;b&gt;upstream gradient&lt;/b&gt; parent.g, the gradient that flows into the edge;&lt;/li&gt;
&lt;li&gt;the &lt;b&gt;sum over uses&lt;/b&gt;: a variable used twice keeps what its first use gave it.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Three significant digits are enough (0.105 for 0.10499…); fewer must be exact. &lt;i&gt;Show&lt;/i&gt;
reveals a step without an answer. The score counts the answers right at the first try; with
&lt;i&gt;and each forward value&lt;/i&gt; the values are asked too. Everything works from the keyboard:
Alt+Left asks, Enter checks.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/hand_example&quot;&gt;▶ The course&apos;s hand example&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/predict&quot;&gt;▶ Predict the backward pass&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 9: Predict mode (the student types each gradient before it is shown).</extracomment>
        <translation>&lt;h3&gt;預測每一步&lt;/h3&gt;
&lt;p&gt;看懂反向傳遞不等於會做。在「練習」面板勾選&lt;i&gt;預測每一步反向傳遞&lt;/i&gt;：每一步顯示之前，gradlab 會先問它要寫下的梯度，答對了才顯示這一步。&lt;/p&gt;
&lt;p&gt;輸入一個數（18），或連鎖律的乘積「局部導數 · 上游梯度」（1·18），如果梯度原本已有值，再加上它（3 + 3·1）。按 Enter。答錯的答案會留在框裡並標示出來，訊息會說明錯在哪一部分：&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;局部導數&lt;/b&gt; ∂上層/∂下層，以及這個運算在這些值下的局部導數是多少；&lt;/li&gt;
&lt;li&gt;&lt;b&gt;上游梯度&lt;/b&gt; parent.g，也就是流進這條邊的梯度；&lt;/li&gt;
&lt;li&gt;&lt;b&gt;多次使用的加總&lt;/b&gt;：用了兩次的變數會保留第一次使用給它的梯度。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;三位有效數字就夠了（0.10499… 可以寫 0.105）；位數更少就必須完全正確。&lt;i&gt;顯示&lt;/i&gt;會不作答直接顯示這一步。分數計算第一次就答對的題數；勾選&lt;i&gt;也預測每個正向的值&lt;/i&gt;時，連值也會問。全部都可以只用鍵盤：Alt+Left 出題，Enter 檢查。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/hand_example&quot;&gt;▶ 課程的手算範例&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/predict&quot;&gt;▶ 預測反向傳遞&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The table, by hand&lt;/h3&gt;
&lt;p&gt;The course&apos;s worked example computes ((2·x) + (y + 1))² at x = 3, y = 2 on paper, one row per box
in forward order. The value column is filled going down, the gradient column going up; each row&apos;s
local gradient is ∂(the box that uses it)/∂(this box):&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;box&lt;/th&gt;&lt;th&gt;value&lt;/th&gt;&lt;th&gt;local gradient&lt;/th&gt;&lt;th&gt;gradient&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;∂a/∂x = 2&lt;/td&gt;&lt;td&gt;36&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;∂b/∂y = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;a = 2 · x&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;∂c/∂a = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;b = y + 1&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;∂c/∂b = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;c = a + b&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;∂f/∂c = 2 · c = 18&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;f = c ** 2&lt;/td&gt;&lt;td&gt;81&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;So f = 81, ∂f/∂x = 36 and ∂f/∂y = 18. The Practice panel has the same table, empty: fill the
cells in any order (a box used twice gets one local gradient per use, separated by commas) and press
Check (Ctrl+Return). Right cells turn green; the first wrong one turns red with the reason. Export…
saves the table as you filled it, as CSV or as Markdown for homework.&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/hand_example&quot;&gt;▶ ((2·x) + (y + 1))²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/practice&quot;&gt;▶ Open the table&lt;/a&gt;&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 10: the course&apos;s hand-calculation table of ((2·x) + (y + 1))² at (3, 2).</extracomment>
        <translation>&lt;h3&gt;手算表格&lt;/h3&gt;
&lt;p&gt;課程的手算範例在紙上計算 x = 3、y = 2 時的 ((2·x) + (y + 1))²，依正向順序每個節點一列。值那一欄由上往下填，梯度那一欄由下往上填；每一列的局部梯度是 ∂(用到它的節點)/∂(這個節點)：&lt;/p&gt;
&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;th&gt;節點&lt;/th&gt;&lt;th&gt;值&lt;/th&gt;&lt;th&gt;局部梯度&lt;/th&gt;&lt;th&gt;梯度&lt;/th&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;x&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;∂a/∂x = 2&lt;/td&gt;&lt;td&gt;36&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;y&lt;/td&gt;&lt;td&gt;2&lt;/td&gt;&lt;td&gt;∂b/∂y = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;a = 2 · x&lt;/td&gt;&lt;td&gt;6&lt;/td&gt;&lt;td&gt;∂c/∂a = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;b = y + 1&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;td&gt;∂c/∂b = 1&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;c = a + b&lt;/td&gt;&lt;td&gt;9&lt;/td&gt;&lt;td&gt;∂f/∂c = 2 · c = 18&lt;/td&gt;&lt;td&gt;18&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;f = c ** 2&lt;/td&gt;&lt;td&gt;81&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;所以 f = 81、∂f/∂x = 36、∂f/∂y = 18。「練習」面板有同樣一張空白表格：格子可以任意順序填（用了兩次的節點每次使用各填一個局部梯度，用逗號分開），再按檢查（Ctrl+Return）。對的格子變綠色；第一個錯的變紅色並附上原因。「匯出…」會把你填的表格存成 CSV，或存成交作業用的 Markdown。&lt;/p&gt;
&lt;p class=&quot;buttons&quot;&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/preset/hand_example&quot;&gt;▶ ((2·x) + (y + 1))²&lt;/a&gt;
&lt;a class=&quot;do&quot; href=&quot;gradlab:graph/practice&quot;&gt;▶ 打開表格&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exercises for a class&lt;/h3&gt;
&lt;p&gt;A teacher builds a graph, then presses &lt;i&gt;Save as Exercise…&lt;/i&gt; in the Practice panel: the
student will predict each step or fill in the table, with the inputs&apos; values given (or every value),
and Check, Code or the log hidden; a note says what to do. The file is a gradlab session: it opens on
any machine with File → Open Session, or with &lt;code&gt;gradlab exercise homework.gradlab&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;In an exercise the Build, Strategies and Descent panels are closed, the graph cannot be changed
and Run backward waits. Nothing shows the answers until the student presses &lt;i&gt;Leave exercise…&lt;/i&gt;,
which asks first.&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 11: exercise files (for a teacher), and the classroom tools.</extracomment>
        <translation>&lt;h3&gt;給課堂用的練習&lt;/h3&gt;
&lt;p&gt;老師建好一張計算圖，在「練習」面板按&lt;i&gt;另存為練習…&lt;/i&gt;：學生要預測每一步或填寫表格，題目只給輸入的值（或給所有的值），並可隱藏檢查、程式碼或步驟紀錄；說明欄寫下要做什麼。這個檔案就是 gradlab 的工作階段檔：在任何電腦上用「檔案 → 開啟工作階段」或 &lt;code&gt;gradlab exercise homework.gradlab&lt;/code&gt; 打開。&lt;/p&gt;
&lt;p&gt;練習中，建立、策略和梯度下降面板是關閉的，計算圖不能更改，「反向跑完」也要等。學生按下&lt;i&gt;離開練習…&lt;/i&gt;（會先確認）之前，沒有任何東西會顯示答案。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In front of a class&lt;/h3&gt;
&lt;p&gt;View → Zoom In (Ctrl+=) and Zoom Out (Ctrl+-) scale every font, box and plot for a projector,
from 100% to 250%; Actual Size (Ctrl+Shift+0) goes back. gradlab remembers the zoom.&lt;/p&gt;
&lt;p&gt;File → Export Figure… saves the tab&apos;s picture for slides or a handout: the graph, the descent
map, the regression plot or the classification plane, as PNG at twice its size or as SVG.&lt;/p&gt;
&lt;p&gt;File → Export as Notebook… writes a Jupyter notebook that rebuilds the tab&apos;s set-up with
gradlab&apos;s own cores (or plain PyTorch) and prints the same numbers the tab shows: for this graph,
its walk, its gradients and the Check panel&apos;s comparison with torch.&lt;/p&gt;</source>
        <extracomment>Lesson, Graph tab, section 12: in front of a class (zoom for a projector, figures, notebooks).</extracomment>
        <translation>&lt;h3&gt;在課堂上&lt;/h3&gt;
&lt;p&gt;「檢視 → 放大」（Ctrl+=）和「縮小」（Ctrl+-）會把每個字、每個方塊和每張圖放大縮小，適合投影，範圍從 100% 到 250%；「實際大小」（Ctrl+Shift+0）回到原樣。gradlab 會記住縮放比例。&lt;/p&gt;
&lt;p&gt;「檔案 → 匯出圖形…」把分頁的圖存下來，做投影片或講義：計算圖、梯度下降的地圖、迴歸的圖或分類平面，存成兩倍大小的 PNG 或 SVG。&lt;/p&gt;
&lt;p&gt;「檔案 → 匯出為筆記本…」寫出一份 Jupyter 筆記本，用 gradlab 自己的核心（或純 PyTorch）重建分頁的設定，並印出分頁上同樣的數字：對這張計算圖，就是它的每一步、它的梯度，以及檢查面板和 torch 的比較。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>The Neural Network tab&apos;s training run</source>
        <translation>「神經網路」分頁的訓練</translation>
    </message>
    <message>
        <source>This notebook trains the set-up of gradlab&apos;s Neural Network tab on its {count:,} points with plain PyTorch, as the tab&apos;s exported script does, and prints what `gradlab classify` prints: `step loss accuracy` lines, then a Result line.</source>
        <translation>這本筆記本以單純的 PyTorch，在 gradlab「神經網路」分頁的 {count:,} 個資料點上訓練它的設定，和分頁匯出的腳本一樣，並印出 `gradlab classify` 所印的內容：`step loss accuracy` 各行，最後是 Result 那一行。</translation>
    </message>
    <message>
        <source>The tab trains this set-up on gradlab&apos;s own engine; this notebook trains it with PyTorch, whose losses agree with the engine&apos;s to about 1e-9, not always to the last digit.</source>
        <translation>分頁用 gradlab 自己的引擎訓練這個設定；這本筆記本用 PyTorch 訓練，其損失與引擎的相符到約 1e-9，不一定每一位數都相同。</translation>
    </message>
    <message>
        <source>The training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>The session has no {part} set-up: its part is empty.</source>
        <translation>這個工作階段沒有{part}的設定：它的這一部分是空的。</translation>
    </message>
    <message>
        <source>The set-up</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The tab&apos;s set-up as plain values, checked as gradlab checks a session. Change one and run the cells below.</source>
        <translation>分頁的設定，寫成單純的值，並已如 gradlab 檢查工作階段那樣檢查過。改動其中一個值，再執行下面的儲存格。</translation>
    </message>
    <message>
        <source>No optimizer is switched on in the descent set-up: none would run.</source>
        <translation>梯度下降的設定中沒有開啟任何最佳化器：沒有可執行的。</translation>
    </message>
    <message>
        <source>The Gradient Descent tab&apos;s race</source>
        <translation>「梯度下降」分頁的競賽</translation>
    </message>
    <message>
        <source>This notebook runs each optimizer switched on in gradlab&apos;s Gradient Descent tab with gradlab&apos;s own descent core (float64, torch.optim&apos;s algorithms written out) and prints its log as the tab and `gradlab descend` print it: `i  =&gt;  value` before each step, then where it ended, and why it stopped if it stopped early.</source>
        <translation>這本筆記本以 gradlab 自己的下降核心（float64，逐步寫出 torch.optim 的演算法），執行 gradlab「梯度下降」分頁中每個已開啟的最佳化器，並像分頁和 `gradlab descend` 那樣印出它的紀錄：每一步之前的 `i  =&gt;  value`，接著是它停在哪裡；若提早停止，再說明原因。</translation>
    </message>
    <message>
        <source>The runs</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>{optimizer}, learning rate {rate}</source>
        <translation>{optimizer}，學習率 {rate}</translation>
    </message>
    <message>
        <source>The graph has no output: there is nothing to compute.</source>
        <translation>這個計算圖沒有輸出：沒有東西可以計算。</translation>
    </message>
    <message>
        <source>This graph is an exercise: its notebook would print the answers. Leave the exercise first (in gradlab: Leave exercise…).</source>
        <translation>這張計算圖是練習：它的筆記本會印出答案。請先離開練習（在 gradlab 中按「離開練習…」）。</translation>
    </message>
    <message>
        <source>The Graph tab&apos;s graph, forward and backward</source>
        <translation>「計算圖」分頁的計算圖：前向與反向傳遞</translation>
    </message>
    <message>
        <source>This notebook rebuilds the graph of gradlab&apos;s Graph tab with gradlab&apos;s own engine and walks it as Run backward does: every forward step, then every edge of the backward pass, each printed as the tab&apos;s log writes it. Then come the output&apos;s value and every variable&apos;s gradient, and the Check panel&apos;s table: each gradient from gradlab, from torch.autograd (float64) and from central differences.</source>
        <translation>這本筆記本以 gradlab 自己的引擎重建 gradlab「計算圖」分頁的計算圖，並像「反向跑完」那樣走過它：每一個前向步驟，接著是反向傳遞的每一條邊，每一步都照分頁紀錄的寫法印出。然後是輸出的值與每個變數的梯度，以及「檢查」面板的表格：每個梯度分別由 gradlab、torch.autograd（float64）與中央差分算出。</translation>
    </message>
    <message>
        <source>The walk</source>
        <translation>逐步走過</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>The regression settings cannot be used: {error}</source>
        <translation>無法使用這些迴歸設定：{error}</translation>
    </message>
    <message>
        <source>The Regression tab&apos;s training run</source>
        <translation>「迴歸」分頁的訓練</translation>
    </message>
    <message>
        <source>This notebook trains the set-up of gradlab&apos;s Regression tab with gradlab&apos;s regression core (PyTorch) and prints what `gradlab train` and the course&apos;s scripts print: `t loss` every {every} steps, then the Result line.</source>
        <translation>這本筆記本以 gradlab 的迴歸核心（PyTorch）訓練 gradlab「迴歸」分頁的設定，並印出 `gradlab train` 與課程腳本所印的內容：每 {every} 步一行 `t loss`，最後是 Result 那一行。</translation>
    </message>
    <message>
        <source>No seed is set: each run starts from other weights.</source>
        <translation>沒有設定種子：每次執行都從不同的權重開始。</translation>
    </message>
    <message>
        <source>With seed {seed}, a run prints the same numbers each time.</source>
        <translation>種子為 {seed} 時，每次執行都印出相同的數字。</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>The {count:,} points the tab trains on: from a CSV file, not made by the settings.</source>
        <translation>分頁訓練所用的 {count:,} 個資料點：來自 CSV 檔，而不是依設定產生的。</translation>
    </message>
    <message>
        <source>Export as Notebook</source>
        <translation>匯出為筆記本</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 筆記本 (*.ipynb)</translation>
    </message>
    <message>
        <source>The {part} tab is waiting for PyTorch: export once it has loaded.</source>
        <translation>「{part}」分頁正在等待 PyTorch：請在它載入後再匯出。</translation>
    </message>
    <message>
        <source>its {part} part could not be checked ({error})</source>
        <translation>它的{part}部分無法檢查（{error}）</translation>
    </message>
    <message>
        <source>Exported {name}: open it in Jupyter and run it.</source>
        <translation>已匯出 {name}：用 Jupyter 開啟並執行它。</translation>
    </message>
    <message>
        <source>Could not export the notebook</source>
        <translation>無法匯出筆記本</translation>
    </message>
    <message>
        <source>{name} was not written: {reason}</source>
        <translation>{name} 未寫入：{reason}</translation>
    </message>
</context>
<context>
    <name>regression.checkpoint</name>
    <message>
        <source>could not save {name}: {reason}</source>
        <translation>無法儲存 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or not a checkpoint</source>
        <translation>{name} 已損壞，或不是檢查點檔案</translation>
    </message>
    <message>
        <source>{name} was refused: it holds a Python object ({object}), and gradlab loads only weights and settings, so that nothing in a file can run</source>
        <translation>已拒絕載入 {name}：其中含有 Python 物件（{object}），而 gradlab 只載入權重與設定，以免檔案中的任何內容被執行</translation>
    </message>
    <message>
        <source>{name} is damaged, cut short, or not a checkpoint</source>
        <translation>{name} 已損壞、不完整，或不是檢查點檔案</translation>
    </message>
    <message>
        <source>{name} is not a gradlab checkpoint</source>
        <translation>{name} 不是 gradlab 的檢查點</translation>
    </message>
    <message>
        <source>{name} is a Neural Network tab checkpoint, not a Regression tab one</source>
        <translation>{name} 是「神經網路」分頁的檢查點，不是「迴歸」分頁的</translation>
    </message>
    <message>
        <source>{name} was written by a newer gradlab (format {version})</source>
        <translation>{name} 是由較新版的 gradlab 寫入的（格式 {version}）</translation>
    </message>
    <message>
        <source>{name} is damaged: its weights do not fit the model its settings describe</source>
        <translation>{name} 已損壞：它的權重與其設定所描述的模型不符</translation>
    </message>
    <message>
        <source>could not save: no file name was given</source>
        <translation>無法儲存：沒有提供檔名</translation>
    </message>
    <message>
        <source>could not save {name}: it names a folder, not a file</source>
        <translation>無法儲存 {name}：它是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>{name} is in PyTorch&apos;s format from before version 1.6, which gradlab does not read</source>
        <translation>{name} 是 PyTorch 1.6 版以前的格式，gradlab 不讀取</translation>
    </message>
    <message>
        <source>{name} was refused: it holds more parts than a checkpoint has</source>
        <translation>已拒絕 {name}：它的部分比檢查點應有的還多</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to {size}, more than {limit}, the most gradlab reads for a checkpoint</source>
        <translation>已拒絕 {name}：它解開後會有 {size}，超過 gradlab 讀取檢查點的上限 {limit}</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {entry}, which PyTorch does not write</source>
        <translation>已拒絕 {name}：它含有 {entry}，這不是 PyTorch 會寫入的</translation>
    </message>
    <message>
        <source>{name} was refused: its part {entry} is compressed, which PyTorch never does</source>
        <translation>已拒絕 {name}：它的部分 {entry} 經過壓縮，PyTorch 從不這樣做</translation>
    </message>
    <message>
        <source>{name} was refused: its pickled part (the settings, and in older checkpoints the loss history) is larger than {limit}, the most gradlab reads</source>
        <translation>已拒絕 {name}：它的 pickle 部分（設定，較舊的檢查點還有損失紀錄）大於 gradlab 讀取的上限 {limit}</translation>
    </message>
    <message>
        <source>{name} holds a pickled model other than the course&apos;s Linear(3, 1)</source>
        <translation>{name} 內含的 pickle 模型不是課程的 Linear(3, 1)</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version {version} is not a whole number</source>
        <translation>{name} 已損壞：它的格式版本 {version} 不是整數</translation>
    </message>
    <message>
        <source>{name} is damaged: no gradlab writes format {version}</source>
        <translation>{name} 已損壞：沒有任何 gradlab 會寫出格式 {version}</translation>
    </message>
    <message>
        <source>they are not a table of values</source>
        <translation>它們不是數值的表格</translation>
    </message>
    <message>
        <source>a setting is too long</source>
        <translation>某個設定太長</translation>
    </message>
    <message>
        <source>{name} is damaged: its settings cannot be used: {error}</source>
        <translation>{name} 已損壞：它的設定無法使用：{error}</translation>
    </message>
    <message>
        <source>{name} is damaged: its weight {key} is missing</source>
        <translation>{name} 已損壞：缺少權重 {key}</translation>
    </message>
    <message>
        <source>{name} was refused: its weight {key} is not a tensor of numbers</source>
        <translation>已拒絕 {name}：它的權重 {key} 不是數值張量</translation>
    </message>
    <message>
        <source>{name} was refused: its weight {key} holds {kind}, not float32 or float64 numbers</source>
        <translation>已拒絕 {name}：它的權重 {key} 存的是 {kind}，不是 float32 或 float64 數字</translation>
    </message>
    <message>
        <source>{name} is damaged: its weight {key} has the shape {found}, where the model has {shape}</source>
        <translation>{name} 已損壞：它的權重 {key} 形狀是 {found}，模型的是 {shape}</translation>
    </message>
    <message>
        <source>{name} is damaged: its weight {key} is too large for float32</source>
        <translation>{name} 已損壞：它的權重 {key} 超出 float32 的範圍</translation>
    </message>
    <message>
        <source>{name} is damaged: its loss history is not a list of at most {count} numbers</source>
        <translation>{name} 已損壞：它的損失紀錄不是最多 {count} 個數字的清單</translation>
    </message>
    <message>
        <source>{name} is damaged: its model lacks {part}, which every PyTorch module has</source>
        <translation>{name} 已損壞：它的模型缺少每個 PyTorch 模組都有的 {part}</translation>
    </message>
    <message>
        <source>{name} was refused: its model has hooks (something to run when it is called), and gradlab loads only weights</source>
        <translation>已拒絕 {name}：它的模型帶有 hook（呼叫時會執行的東西），而 gradlab 只載入權重</translation>
    </message>
    <message>
        <source>{name} holds a model that is not the course&apos;s Linear(3, 1)</source>
        <translation>{name} 中的模型不是課程的 Linear(3, 1)</translation>
    </message>
    <message>
        <source>this model takes {n} feature(s)</source>
        <translation>此模型需要 {n} 個特徵</translation>
    </message>
    <message>
        <source>{given} is too large for this model: its features do not fit in float32</source>
        <translation>{given} 對這個模型太大：它的特徵超出 float32 的範圍</translation>
    </message>
    <message>
        <source>the model&apos;s output for {given} is not a number (nan)</source>
        <translation>模型對 {given} 的輸出不是數字（nan）</translation>
    </message>
    <message>
        <source>the model&apos;s output for {given} is {value}: too large for float32</source>
        <translation>模型對 {given} 的輸出是 {value}：超出 float32 的範圍</translation>
    </message>
</context>
<context>
    <name>regression.data</name>
    <message>
        <source>y = {target} is not defined at x = {x}: the data has nan; choose a target defined on [-π, π]</source>
        <translation>y = {target} 在 x = {x} 沒有定義：資料中有 nan；請選擇在 [-π, π] 上有定義的目標</translation>
    </message>
    <message>
        <source>y = {target} is too large for float32 at x = {x}: the data has inf; choose a target that stays finite on [-π, π]</source>
        <translation>y = {target} 在 x = {x} 超出 float32 的範圍：資料中有 inf；請選擇在 [-π, π] 上保持有限的目標</translation>
    </message>
    <message>
        <source>{count} columns, not 2</source>
        <translation>有 {count} 欄，應為 2 欄</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限的數字</translation>
    </message>
    <message>
        <source>{value} is too large for float32 data</source>
        <translation>{value} 超出 float32 資料的範圍</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>超過 {limit} 列</translation>
    </message>
    <message>
        <source>could not read {name}: it is not a CSV file of x, y rows</source>
        <translation>無法讀取 {name}：它不是由 x, y 列組成的 CSV 檔</translation>
    </message>
    <message>
        <source>the file needs at least two rows of x, y</source>
        <translation>檔案至少需要兩列 x, y 資料</translation>
    </message>
</context>
<context>
    <name>regression.recipes</name>
    <message>
        <source>Linear(3, 1) on (x, x², x³)</source>
        <translation>Linear(3, 1)，輸入為 (x, x², x³)</translation>
    </message>
    <message>
        <source>Polynomial3: a + b x + c x² + d x³</source>
        <translation>Polynomial3：a + b x + c x² + d x³</translation>
    </message>
    <message>
        <source>DynamicNet: + e x⁴ (+ e x⁵), chosen at random</source>
        <translation>DynamicNet：+ e x⁴ (+ e x⁵)，隨機選擇</translation>
    </message>
    <message>
        <source>MLP: one hidden layer</source>
        <translation>MLP：一層隱藏層</translation>
    </message>
    <message>
        <source>hand-written: param -= lr * param.grad</source>
        <translation>手寫更新：param -= lr * param.grad</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>帶動量的 SGD</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>mean: torch.mean((y_pred - y)**2)</source>
        <translation>平均（mean）：torch.mean((y_pred - y)**2)</translation>
    </message>
    <message>
        <source>sum: MSELoss(reduction=&apos;sum&apos;)</source>
        <translation>總和（sum）：MSELoss(reduction=&apos;sum&apos;)</translation>
    </message>
    <message>
        <source>the learning rate must be a positive number no larger than {max}</source>
        <translation>學習率必須是不大於 {max} 的正數</translation>
    </message>
    <message>
        <source>the settings are not a table of values</source>
        <translation>設定不是鍵值表</translation>
    </message>
    <message>
        <source>unknown recipe {name}</source>
        <translation>未知的配方 {name}</translation>
    </message>
    <message>
        <source>unknown model {name}</source>
        <translation>未知的模型 {name}</translation>
    </message>
    <message>
        <source>unknown optimizer {name}</source>
        <translation>未知的優化器 {name}</translation>
    </message>
    <message>
        <source>unknown loss reduction {name}</source>
        <translation>未知的損失彙總方式（reduction）{name}</translation>
    </message>
    <message>
        <source>unknown activation {name}</source>
        <translation>未知的激勵函數 {name}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}</source>
        <translation>{name} 必須是 {low} 到 {high} 之間的整數</translation>
    </message>
    <message>
        <source>momentum must be at least 0 and below 1</source>
        <translation>動量必須大於或等於 0 且小於 1</translation>
    </message>
    <message>
        <source>noise must be 0 or a positive number</source>
        <translation>雜訊必須是 0 或正數</translation>
    </message>
    <message>
        <source>unknown device {name}</source>
        <translation>未知的裝置 {name}</translation>
    </message>
    <message>
        <source>regression1train: Linear(3,1), MSE mean, RMSprop 1e-3</source>
        <translation>regression1train：Linear(3,1)，MSE mean，RMSprop 1e-3</translation>
    </message>
    <message>
        <source>torchRegression4nn: Linear(3,1), MSE sum, param -= lr·grad, 1e-6</source>
        <translation>torchRegression4nn：Linear(3,1)，MSE sum，param -= lr·grad，1e-6</translation>
    </message>
    <message>
        <source>torchRegression5optim: Linear(3,1), MSE sum, RMSprop 1e-3</source>
        <translation>torchRegression5optim：Linear(3,1)，MSE sum，RMSprop 1e-3</translation>
    </message>
    <message>
        <source>torchRegression6custom: Polynomial3, MSE sum, SGD 1e-6</source>
        <translation>torchRegression6custom：Polynomial3，MSE sum，SGD 1e-6</translation>
    </message>
    <message>
        <source>torchRegression7cws: DynamicNet, MSE sum, SGD 1e-8 momentum 0.9</source>
        <translation>torchRegression7cws：DynamicNet，MSE sum，SGD 1e-8 動量 0.9</translation>
    </message>
</context>
<context>
    <name>regression.settings</name>
    <message>
        <source>the noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>the momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>the target: {error}</source>
        <translation>目標函數：{error}</translation>
    </message>
    <message>
        <source>the target is a function of x only, not of {names}</source>
        <translation>目標只能是 x 的函數，不能含 {names}</translation>
    </message>
    <message>
        <source>the regression part is not a table of values</source>
        <translation>迴歸部分不是一張數值表</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <source>{field} must be text, not {value}</source>
        <translation>{field} 必須是文字，而不是 {value}</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} 超過 {limit} 個字元</translation>
    </message>
</context>
<context>
    <name>regression.training</name>
    <message>
        <source>loss became {loss} at step 0, before any update: the model&apos;s output on this data is too large for float32; scale the data down</source>
        <translation>第 0 步、尚未更新前損失就變成 {loss}：模型在這些資料上的輸出超出 float32 的範圍；請把資料縮小</translation>
    </message>
    <message>
        <source>loss became {loss} at step {step}: a value in the model overflowed float32 while the loss was {previous:.3g} (it had not grown, so this is not the learning rate)</source>
        <translation>第 {step} 步損失變成 {loss}：損失為 {previous:.3g} 時模型中有數值超出 float32 的範圍（損失並未增加，所以不是學習率的問題）</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Graph</source>
        <translation>計算圖</translation>
    </message>
    <message>
        <source>Gradient Descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>Neural Network</source>
        <translation>神經網路</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} cannot be opened: a session holds at most {limit:,} values (numbers, texts, lists), and it holds more.</source>
        <translation>無法開啟 {name}：工作階段最多有 {limit:,} 個值（數字、文字、清單），而它更多。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: it is nested more than {limit} levels deep, the most a session may be.</source>
        <translation>無法開啟 {name}：它的巢狀層數超過工作階段允許的上限 {limit} 層。</translation>
    </message>
    <message>
        <source>{name} is not a gradlab session (it is not JSON text).</source>
        <translation>{name} 不是 gradlab 工作階段（它不是 JSON 文字）。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: it holds a number of more than {limit} digits.</source>
        <translation>無法開啟 {name}：它含有超過 {limit} 位數的數字。</translation>
    </message>
    <message>
        <source>{name} is not a gradlab session.</source>
        <translation>{name} 不是 gradlab 工作階段。</translation>
    </message>
    <message>
        <source>{name} is damaged: its {part} part is not a set of settings.</source>
        <translation>{name} 已損壞：它的 {part} 部分不是一組設定。</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version is missing.</source>
        <translation>{name} 已損壞：缺少格式版本。</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version {version} is not a whole number.</source>
        <translation>{name} 已損壞：它的格式版本 {version} 不是整數。</translation>
    </message>
    <message>
        <source>{name} is damaged: its format version {version} is not one gradlab writes (1 and up).</source>
        <translation>{name} 已損壞：它的格式版本 {version} 不是 gradlab 會寫出的（1 以上）。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer gradlab (session format {version}; this gradlab reads up to {supported}). Update gradlab to open it.</source>
        <translation>{name} 是由較新版的 gradlab 儲存的（工作階段格式 {version}；這個版本的 gradlab 最多只能讀取格式 {supported}）。請更新 gradlab 後再開啟。</translation>
    </message>
    <message>
        <source>{name} is damaged: the {part} part is missing.</source>
        <translation>{name} 已損壞：缺少 {part} 部分。</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>could not start: {error}</source>
        <translation>無法開始：{error}</translation>
    </message>
    <message>
        <source>training stopped at step {step}: {error}</source>
        <translation>訓練在第 {step} 步停止：{error}</translation>
    </message>
    <message>
        <source>loss became {loss} at step {step}: the run diverged (the loss grew from {lowest:.3g} to {previous:.3g}); lower the learning rate</source>
        <translation>第 {step} 步損失變成 {loss}：訓練發散了（損失從 {lowest:.3g} 增加到 {previous:.3g}）；請降低學習率</translation>
    </message>
</context>
<context>
    <name>typed</name>
    <message>
        <source>{field} must be a number, not {text}</source>
        <translation>{field} 必須是數字，而不是 {text}</translation>
    </message>
</context>
</TS>
