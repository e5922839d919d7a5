import torch 
'''
x = net.variable(1)
y = net.variable(3)
x2 = net.mul(x, x)
y2 = net.mul(y, y)
o  = net.add(x2, y2)

print('net.forward()=', net.forward())
print('net.backwward()')
net.backward() 
'''
#上面為註解
x = torch.tensor(1., requires_grad=True)
y = torch.tensor(3., requires_grad=True)
x2 = x*x
y2 = y*y
f = x2+y2

f.backward()

print(x.grad)    # x.grad = 2 
print(y.grad)    # y.grad = 6
print(f.item())  # f.value = 10
